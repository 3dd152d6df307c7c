namespace LeadPlatform.Abstractions.Model;

[GenerateSerializer, Immutable, Alias("leadplatform.EmployeeInfo")]
public sealed record EmployeeInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string TeamId);
