using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.Privacy;

/// <summary>
/// GDPR export and erasure of one employee. Where their data lives: the employee grain (name, assessments,
/// self-assessments, session and key ids) and its assessment history pages, their coaching sessions (goal, notes, questions, actions), the
/// manager (interactions with notes, follow-up ledger of actions), the team (member list), the team sessions
/// (ideas they own) and the API keys that speak for them. Adoption counters hold no person and are left alone.
/// </summary>
public sealed class EmployeePrivacyGrain(TimeProvider time) : Grain, IEmployeePrivacyGrain
{
    private string Id => this.GetPrimaryKeyString();

    private IEmployeeGrain Employee => GrainFactory.GetGrain<IEmployeeGrain>(Id);

    public async Task<EmployeeDataExport> Export()
    {
        var employee = await Employee.GetPersonalData();
        var team = GrainFactory.GetGrain<ITeamGrain>(employee.TeamId);
        var teamInfo = team.Get();
        var sessions = GrainFactory.ExistingCoachingSessions(employee.SessionIds);
        var keys = Task.WhenAll(employee.ApiKeyIds.Select(id => GrainFactory.GetGrain<IApiKeyGrain>(id).GetRecord()));
        var ideas = IdeasOwned(teamInfo, team);
        var interactions = InteractionsAbout(teamInfo);
        await Task.WhenAll(teamInfo, sessions, keys, ideas, interactions);

        return new EmployeeDataExport(time.GetUtcNow(), employee, teamInfo.Result,
            [.. sessions.Result.Where(s => s.EmployeeId == Id)],
            teamInfo.Result?.ManagerId, interactions.Result, ideas.Result, [.. keys.Result.OfType<ApiKeyRecord>()]);
    }

    public async Task Erase()
    {
        // 1. The employee drops their personal data and is NOT_FOUND from now on; it keeps the plan until step 3, so a
        //    retry after a failure anywhere below finds everything that is left. NOT_FOUND once the erasure completed.
        var plan = await Employee.BeginErasure();
        var team = GrainFactory.GetGrain<ITeamGrain>(plan.TeamId);
        var teamInfo = await team.Get();
        var teamSessionIds = teamInfo is null ? [] : await team.GetTeamSessionIds();

        // 2. Every other copy, concurrently; each step is repeatable and does nothing when its data is gone already.
        var steps = new List<Task>();
        steps.AddRange(plan.SessionIds.Select(id => GrainFactory.GetGrain<ICoachingSessionGrain>(id).Erase()));
        steps.AddRange(plan.ApiKeyIds.Select(id => GrainFactory.GetGrain<IApiKeyGrain>(id).Forget()));
        steps.AddRange(teamSessionIds.Select(id => GrainFactory.GetGrain<ITeamSessionGrain>(id).RemoveIdeasOf(Id)));
        if (teamInfo is not null) steps.Add(team.RemoveEmployee(Id));
        if (teamInfo?.ManagerId is { } managerId) steps.Add(GrainFactory.GetGrain<IManagerGrain>(managerId).ForgetEmployee(Id, plan.SessionIds));
        await Task.WhenAll(steps);

        // 3. Last, the employee's own state: only once everything else is gone does the plan go too.
        await Employee.CompleteErasure();
    }

    private async Task<ExportedTeamIdea[]> IdeasOwned(Task<TeamInfo?> teamInfo, ITeamGrain team)
    {
        if (await teamInfo is null) return [];
        var sessions = await Task.WhenAll((await team.GetTeamSessionIds()).Select(id => GrainFactory.GetGrain<ITeamSessionGrain>(id).Get()));
        return [.. sessions.OfType<TeamSessionInfo>()
            .SelectMany(session => session.Ideas.Where(idea => idea.OwnerId == Id).Select(idea => new ExportedTeamIdea(session.Id, session.Topic, idea)))];
    }

    private async Task<LoggedInteraction[]> InteractionsAbout(Task<TeamInfo?> teamInfo) =>
        (await teamInfo)?.ManagerId is { } managerId
            ? [.. (await GrainFactory.GetGrain<IManagerGrain>(managerId).GetInteractions()).Where(i => i.Interaction.EmployeeId == Id)]
            : [];
}
