namespace LeadPlatform.Abstractions.Model;

/// <summary>An active crisis on a team: every member's recommendation becomes DIRECTING until it is lifted.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.TeamCrisis")]
public sealed record TeamCrisis(
    [property: Id(0)] string? Reason,
    [property: Id(1)] DateTimeOffset Since);
