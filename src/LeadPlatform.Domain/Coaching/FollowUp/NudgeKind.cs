using Orleans;

namespace LeadPlatform.Domain.Coaching.FollowUp;

/// <summary>Why a manager gets a reminder.</summary>
[GenerateSerializer, Alias("leadplatform.NudgeKind")]
public enum NudgeKind { ActionOverdue, ActionDueSoon, NoRecentCoaching }
