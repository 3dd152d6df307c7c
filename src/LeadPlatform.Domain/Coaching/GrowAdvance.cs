namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// The answer to "may this session move on?": the stage it moves to when allowed, or the stage it
/// stays in plus a <paramref name="Refusal"/> the manager can read when it is not.
/// </summary>
public sealed record GrowAdvance(bool Allowed, GrowStage Next, string? Refusal);
