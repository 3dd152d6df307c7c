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
    [property: Id(5)] LoggedInteraction[] Interactions,
    [property: Id(6)] ExportedTeamIdea[] TeamIdeas,
    [property: Id(7)] ApiKeyRecord[] ApiKeys,
    [property: Id(8)] string[] InteractionManagerIds)
{
    /// <summary>
    /// Who logged <see cref="Interactions"/>[<paramref name="index"/>]. An export from an older silo names nobody: it
    /// gathered only the current team's manager's.
    /// </summary>
    public string? ManagerOfInteraction(int index) =>
        InteractionManagerIds is { } ids && index < ids.Length ? ids[index] : ManagerId;
}
