namespace LeadPlatform.Abstractions.Model;

[GenerateSerializer, Immutable, Alias("leadplatform.ManagerInfo")]
public sealed record ManagerInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string TeamId);
