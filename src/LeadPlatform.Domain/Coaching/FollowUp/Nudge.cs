namespace LeadPlatform.Domain.Coaching.FollowUp;

/// <summary>
/// A friendly reminder for the manager. <paramref name="ActionId"/> and <paramref name="DueDate"/>
/// name the action for action nudges and are null for <see cref="NudgeKind.NoRecentCoaching"/>.
/// </summary>
public sealed record Nudge(NudgeKind Kind, string Message, string? ActionId, DateOnly? DueDate);
