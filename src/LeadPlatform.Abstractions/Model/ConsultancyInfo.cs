namespace LeadPlatform.Abstractions.Model;

[GenerateSerializer, Immutable, Alias("leadplatform.ConsultancyInfo")]
public sealed record ConsultancyInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string[] OrganisationIds,
    [property: Id(3)] DateTimeOffset CreatedAt);
