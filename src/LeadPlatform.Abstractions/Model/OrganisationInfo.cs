namespace LeadPlatform.Abstractions.Model;

[GenerateSerializer, Immutable, Alias("leadplatform.OrganisationInfo")]
public sealed record OrganisationInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? ConsultancyId,
    [property: Id(3)] string[] TeamIds,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] bool Archived = false,
    [property: Id(6)] string[]? ProgrammeIds = null);
