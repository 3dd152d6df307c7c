namespace LeadPlatform.Abstractions.Model;

[GenerateSerializer, Immutable, Alias("leadplatform.TeamInfo")]
public sealed record TeamInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string OrganisationId,
    [property: Id(3)] string? ManagerId,
    [property: Id(4)] string[] EmployeeIds,
    [property: Id(5)] TeamCrisis? Crisis);
