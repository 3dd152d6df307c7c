using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// The coaching feedback on one sentence a manager said or plans to say.
/// <paramref name="Suggestion"/> is an open rephrasing in <paramref name="Language"/> when the
/// sentence was closed or handed over a solution; otherwise it is null (nothing to improve).
/// </summary>
public sealed record QuestionAnalysis(QuestionKind Kind, bool GivesSolution, string? Suggestion, Language Language);
