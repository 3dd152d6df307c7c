namespace LeadPlatform.Abstractions.Adoption;

/// <summary>
/// Counter changes one adoption grain pushes to the level above it. <see cref="Sequence"/> grows per source,
/// so the receiver applies each delta once even when it is delivered again after a failure.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.AdoptionDelta")]
public sealed record AdoptionDelta(
    [property: Id(0)] string SourceId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] Dictionary<int, long[]> Buckets,
    [property: Id(3)] long ManagersDelta);
