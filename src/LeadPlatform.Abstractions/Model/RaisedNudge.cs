using LeadPlatform.Domain.Coaching.FollowUp;

namespace LeadPlatform.Abstractions.Model;

/// <summary>A nudge for a manager and since when it stands (first raised by the follow-up reminder or a change).</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.RaisedNudge")]
public sealed record RaisedNudge(
    [property: Id(0)] Nudge Nudge,
    [property: Id(1)] DateTimeOffset RaisedAt);
