using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.Privacy;

/// <summary>
/// GDPR export and erasure of one employee. Where their data lives: the employee grain (name, assessments,
/// self-assessments, session and key ids) and its assessment history pages, their coaching sessions (goal, notes, questions, actions), the
/// manager (interactions with notes, follow-up ledger of actions), the team (member list), the team sessions
/// (ideas they own) and the API keys that speak for them; the managers and team sessions of every team the employee left
/// by a move too. Adoption counters hold no person and are left alone.
/// </summary>
public sealed class EmployeePrivacyGrain(TimeProvider time) : Grain, IEmployeePrivacyGrain
{
    private string Id => this.GetPrimaryKeyString();

    private IEmployeeGrain Employee => GrainFactory.GetGrain<IEmployeeGrain>(Id);

    public async Task<EmployeeDataExport> Export()
    {
        var employee = await Employee.GetPersonalData();
        var teams = TeamsOf(employee.TeamId, employee.FormerTeamIds);
        var sessions = GrainFactory.ExistingCoachingSessions(employee.SessionIds);
        var keys = Task.WhenAll(employee.ApiKeyIds.Select(id => GrainFactory.GetGrain<IApiKeyGrain>(id).GetRecord()));
        var ideas = IdeasOwned(teams);
        var interactions = InteractionsAbout(teams);
        await Task.WhenAll(teams, sessions, keys, ideas, interactions);

        var team = teams.Result.FirstOrDefault(t => t.Id == employee.TeamId);
        return new EmployeeDataExport(time.GetUtcNow(), employee, team,
            [.. sessions.Result.Where(s => s.EmployeeId == Id)],
            team?.ManagerId, [.. interactions.Result.Select(i => i.Logged)], ideas.Result, [.. keys.Result.OfType<ApiKeyRecord>()],
            [.. interactions.Result.Select(i => i.ManagerId)]);
    }

    public async Task Erase()
    {
        // 1. The employee drops their personal data and is NOT_FOUND from now on; it keeps the plan until step 3, so a
        //    retry after a failure anywhere below finds everything that is left. NOT_FOUND once the erasure completed.
        var plan = await Employee.BeginErasure();
        var teams = await TeamsOf(plan.TeamId, plan.FormerTeamIds);
        var teamSessionIds = await TeamSessionIdsOf(teams);

        // 2. Every other copy, concurrently; each step is repeatable and does nothing when its data is gone already. The
        //    teams the employee left by a move count as their team does: their managers kept notes, their sessions ideas.
        var steps = new List<Task>();
        steps.AddRange(plan.SessionIds.Select(id => GrainFactory.GetGrain<ICoachingSessionGrain>(id).Erase()));
        steps.AddRange(plan.ApiKeyIds.Select(id => GrainFactory.GetGrain<IApiKeyGrain>(id).Forget()));
        steps.AddRange(teamSessionIds.Select(id => GrainFactory.GetGrain<ITeamSessionGrain>(id).RemoveIdeasOf(Id)));
        steps.AddRange(teams.Select(t => Team(t.Id).RemoveEmployee(Id)));
        steps.AddRange(ManagersOf(teams).Select(managerId => GrainFactory.GetGrain<IManagerGrain>(managerId).ForgetEmployee(Id, plan.SessionIds)));
        await Task.WhenAll(steps);

        // 3. Last, the employee's own state: only once everything else is gone does the plan go too.
        await Employee.CompleteErasure();
    }

    private ITeamGrain Team(string teamId) => GrainFactory.GetGrain<ITeamGrain>(teamId);

    /// <summary>The employee's team and the teams a move took them from (an older silo's plan names none), those that exist.</summary>
    private async Task<TeamInfo[]> TeamsOf(string teamId, string[]? formerTeamIds) =>
        [.. (await Task.WhenAll(new[] { teamId }.Concat(formerTeamIds ?? []).Distinct().Select(id => Team(id).Get()))).OfType<TeamInfo>()];

    /// <summary>The team sessions of these teams, where the employee may own ideas.</summary>
    private async Task<string[]> TeamSessionIdsOf(TeamInfo[] teams) =>
        [.. (await Task.WhenAll(teams.Select(t => Team(t.Id).GetTeamSessionIds()))).SelectMany(ids => ids)];

    /// <summary>The managers of these teams, who may have logged interactions about the employee.</summary>
    private static IEnumerable<string> ManagersOf(TeamInfo[] teams) => teams.Select(t => t.ManagerId).OfType<string>().Distinct();

    private async Task<ExportedTeamIdea[]> IdeasOwned(Task<TeamInfo[]> teams)
    {
        var sessions = await Task.WhenAll((await TeamSessionIdsOf(await teams)).Select(id => GrainFactory.GetGrain<ITeamSessionGrain>(id).Get()));
        return [.. sessions.OfType<TeamSessionInfo>()
            .SelectMany(session => session.Ideas.Where(idea => idea.OwnerId == Id).Select(idea => new ExportedTeamIdea(session.Id, session.Topic, idea)))];
    }

    /// <summary>What the managers of the employee's teams logged about them, the former teams' too.</summary>
    private async Task<(string ManagerId, LoggedInteraction Logged)[]> InteractionsAbout(Task<TeamInfo[]> teams)
    {
        var managerIds = ManagersOf(await teams).ToArray();
        var logs = await Task.WhenAll(managerIds.Select(managerId => GrainFactory.GetGrain<IManagerGrain>(managerId).GetInteractions()));
        return [.. managerIds.Zip(logs).SelectMany(pair => pair.Second.Where(i => i.Interaction.EmployeeId == Id).Select(logged => (pair.First, logged)))];
    }
}
