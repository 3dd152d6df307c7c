using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Abstractions.Adoption;

/// <summary>The adoption figures of one day.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.AdoptionTrendPoint")]
public sealed record AdoptionTrendPoint(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] AdoptionFigures Figures);
