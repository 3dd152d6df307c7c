namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// One pitfall found in a session: where and when it happened, the sentence that triggered it
/// (for <see cref="PitfallKind.ClosedQuestionsDominate"/> the first closed question) and short,
/// kind advice in the session language.
/// </summary>
public sealed record Pitfall(PitfallKind Kind, GrowStage Stage, DateTimeOffset At, string Trigger, string Advice);
