using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// Reads entities by their external id for resolvers: a malformed or unknown id is NOT_FOUND, and lists
/// are read concurrently (one round-trip time for N grains, not N sequential ones). One for all requests.
/// </summary>
public sealed class EntityReader(IGrainFactory grains, EmployeeTeamCache employeeTeams)
{
    public async Task<ConsultancyInfo> Consultancy(string id) =>
        await grains.GetGrain<IConsultancyGrain>(Require.RootId(id, EntityKinds.Consultancy, "Consultancy")).Get()
        ?? throw PlatformException.NotFound("Consultancy", id);

    public async Task<OrganisationInfo> Organisation(string id) =>
        await grains.GetGrain<IOrganisationGrain>(Require.RootId(id, EntityKinds.Organisation, "Organisation")).Get()
        ?? throw PlatformException.NotFound("Organisation", id);

    public async Task<TeamInfo> Team(string id) =>
        await grains.GetGrain<ITeamGrain>(Require.Key(id, EntityKinds.Team, "Team").ToString()).Get()
        ?? throw PlatformException.NotFound("Team", id);

    public async Task<ManagerInfo> Manager(string id) =>
        await grains.GetGrain<IManagerGrain>(Require.Key(id, EntityKinds.Manager, "Manager").ToString()).Get()
        ?? throw PlatformException.NotFound("Manager", id);

    public async Task<EmployeeInfo> Employee(string id) =>
        await grains.GetGrain<IEmployeeGrain>(Require.Key(id, EntityKinds.Employee, "Employee").ToString()).Get()
        ?? throw PlatformException.NotFound("Employee", id);

    /// <summary>
    /// An employee with the current advice for <paramref name="task"/>, in one call: to its team's copy when this gateway
    /// knows the team (<see cref="EmployeeTeamCache"/>), otherwise (or when the team no longer has it) to the employee.
    /// </summary>
    public async Task<EmployeeWithAdvice> EmployeeWithRecommendation(string id, string task)
    {
        var key = Require.Key(id, EntityKinds.Employee, "Employee").ToString();
        if (employeeTeams.Find(key) is { } teamId
            && await grains.GetGrain<ITeamGrain>(teamId).GetMemberWithRecommendation(key, task) is { } fromTeam)
            return fromTeam;
        var read = await grains.GetGrain<IEmployeeGrain>(key).GetWithRecommendation(task) ?? throw PlatformException.NotFound("Employee", id);
        employeeTeams.Store(key, read.Employee.TeamId);
        return read;
    }

    /// <summary>A team's members with their current advice for <paramref name="task"/>, in one call to the team.</summary>
    public Task<EmployeeWithAdvice[]> TeamMembersWithRecommendation(string teamId, string task) =>
        grains.GetGrain<ITeamGrain>(Require.Key(teamId, EntityKinds.Team, "Team").ToString()).GetMembersWithRecommendation(task);

    public async Task<CoachingSessionInfo> CoachingSession(string id) =>
        await grains.GetGrain<ICoachingSessionGrain>(Require.Key(id, EntityKinds.CoachingSession, "Coaching session").ToString()).Get()
        ?? throw PlatformException.NotFound("Coaching session", id);

    /// <summary>The session an action item belongs to (its id says which), or NOT_FOUND.</summary>
    public async Task<CoachingSessionInfo> SessionOfAction(string actionId) =>
        // The caller named an action: a missing session is an action not found, not a session id they never sent.
        (CoachingIds.SessionOfAction(actionId) is { } sessionId ? await grains.GetGrain<ICoachingSessionGrain>(sessionId).Get() : null)
        ?? throw PlatformException.NotFound("Action", actionId);

    public async Task<TeamSessionInfo> TeamSession(string id) =>
        await grains.GetGrain<ITeamSessionGrain>(Require.Key(id, EntityKinds.TeamSession, "Team session").ToString()).Get()
        ?? throw PlatformException.NotFound("Team session", id);

    public async Task<ProgrammeInfo> Programme(string id) =>
        await grains.GetGrain<IProgrammeGrain>(Require.Key(id, EntityKinds.Programme, "Programme").ToString()).Get()
        ?? throw PlatformException.NotFound("Programme", id);

    /// <summary>Reads many at once, keeping order.</summary>
    public static async Task<T[]> All<T>(IEnumerable<string> ids, Func<string, Task<T>> read) =>
        await Task.WhenAll(ids.Select(read));
}
