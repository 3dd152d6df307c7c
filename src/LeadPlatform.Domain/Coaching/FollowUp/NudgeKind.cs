namespace LeadPlatform.Domain.Coaching.FollowUp;

/// <summary>Why a manager gets a reminder.</summary>
public enum NudgeKind { ActionOverdue, ActionDueSoon, NoRecentCoaching }
