namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// Every stored fact about one employee, gathered from every grain that holds one (GDPR access and
/// portability): the employee's own data, their team, the coaching sessions in which they are the employee,
/// the interactions their managers (the former teams' too) logged about them, the team ideas they own and the API keys
/// that speak for them.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.EmployeeDataExport")]
public sealed record EmployeeDataExport(
    [property: Id(0)] DateTimeOffset ExportedAt,
    [property: Id(1)] EmployeePersonalData Employee,
    [property: Id(2)] TeamInfo? Team,
    [property: Id(3)] CoachingSessionInfo[] CoachingSessions,
    [property: Id(4)] string? ManagerId,
    [property: Id(8)] ExportedInteraction[] Interactions,
    [property: Id(6)] ExportedTeamIdea[] TeamIdeas,
    [property: Id(7)] ApiKeyRecord[] ApiKeys);

// Id 5 held the interactions without their manager, when an employee only ever had one.
