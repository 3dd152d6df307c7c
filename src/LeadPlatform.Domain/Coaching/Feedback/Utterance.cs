namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// What the manager said (a recorded question) or wrote (stage notes) during a GROW session, in the
/// stage and at the moment it happened. Each note is one entry, not a snapshot of all notes so far.
/// </summary>
public sealed record Utterance(string Text, GrowStage Stage, DateTimeOffset At, UtteranceSource Source);
