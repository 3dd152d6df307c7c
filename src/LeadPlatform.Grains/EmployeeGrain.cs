using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

public sealed class EmployeeGrain(
    [PersistentState("employee")] IPersistentState<EmployeeState> state,
    TimeProvider time,
    ILogger<EmployeeGrain> logger) : Grain, IEmployeeGrain
{
    /// <summary>Assessment history kept per employee; older entries drop off so the state stays small.</summary>
    public const int MaxHistory = 100;

    private string Id => this.GetPrimaryKeyString();

    public async Task<EmployeeInfo> Create(string name, string teamId, bool teamCrisis)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Employee '{Id}' already exists.");
        state.State = new EmployeeState { Name = Require.Name(name, "name"), TeamId = teamId, TeamCrisis = teamCrisis };
        await state.WriteStateAsync();
        return Info();
    }

    public Task<EmployeeInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<Assessment> Assess(string task, Competence competence, Commitment commitment)
    {
        EnsureExists();
        var taskName = Require.Name(task, "task");
        var assessment = new Assessment(taskName, competence, commitment,
            SituationalLeadershipTable.Recommend(competence, commitment), time.GetUtcNow());
        state.State.LatestByTask[TaskKey(taskName)] = assessment;
        state.State.History.Add(assessment);
        if (state.State.History.Count > MaxHistory) state.State.History.RemoveRange(0, state.State.History.Count - MaxHistory);
        // The level and style go into the team manager's adoption counters (distribution per team, organisation, client).
        var managerId = (await GrainFactory.GetGrain<ITeamGrain>(state.State.TeamId!).Get())?.ManagerId;
        if (managerId is not null)
            state.State.PendingAdoption.Add(new AdoptionEvent($"{Id}:assessment:{assessment.AssessedAt.UtcTicks}", AdoptionEventKind.Assessment, assessment.AssessedAt)
                { DevelopmentLevel = assessment.Recommendation.DevelopmentLevel, Style = assessment.Recommendation.Style });
        await state.WriteStateAsync();
        if (managerId is not null)
            await AdoptionOutbox.Deliver(GrainFactory, managerId, state.State.PendingAdoption, () => state.WriteStateAsync(), logger);
        return assessment;
    }

    public Task<Assessment[]> GetAssessments()
    {
        EnsureExists();
        return Task.FromResult(state.State.LatestByTask.Values.OrderByDescending(a => a.AssessedAt).ToArray());
    }

    public Task<StyleAdvice?> GetRecommendation(string task)
    {
        EnsureExists();
        return Task.FromResult(state.State.LatestByTask.TryGetValue(TaskKey(task ?? ""), out var latest)
            ? SituationalLeadershipTable.Recommend(latest.Competence, latest.Commitment, state.State.TeamCrisis)
            : null);
    }

    public async Task<Assessment> AssessSelf(string task, Competence competence, Commitment commitment)
    {
        EnsureExists();
        var taskName = Require.Name(task, "task");
        var assessment = new Assessment(taskName, competence, commitment,
            SituationalLeadershipTable.Recommend(competence, commitment), time.GetUtcNow());
        state.State.SelfLatestByTask[TaskKey(taskName)] = assessment;
        await state.WriteStateAsync();
        return assessment;
    }

    public Task<AssessmentComparison[]> GetAssessmentComparisons()
    {
        EnsureExists();
        var byManager = state.State.LatestByTask;
        var bySelf = state.State.SelfLatestByTask;
        return Task.FromResult(byManager.Keys.Union(bySelf.Keys)
            .Select(key => (Manager: byManager.GetValueOrDefault(key), Self: bySelf.GetValueOrDefault(key)))
            .Select(pair => (pair.Manager, pair.Self, Newest: new[] { pair.Manager, pair.Self }.OfType<Assessment>().MaxBy(a => a.AssessedAt)!))
            .OrderByDescending(pair => pair.Newest.AssessedAt)
            .Select(pair => new AssessmentComparison(pair.Newest.Task, pair.Manager, pair.Self))
            .ToArray());
    }

    public Task<StyleAdvice?> GetCurrentAdvice()
    {
        EnsureExists();
        var newest = state.State.LatestByTask.Values.MaxBy(a => a.AssessedAt);
        return Task.FromResult(newest is null ? null
            : SituationalLeadershipTable.Recommend(newest.Competence, newest.Commitment, state.State.TeamCrisis));
    }

    public async Task AddCoachingSession(string sessionId)
    {
        EnsureExists();
        state.State.SessionIds.Add(sessionId);
        if (state.State.SessionIds.Count > ManagerGrain.MaxListed) state.State.SessionIds.RemoveRange(0, state.State.SessionIds.Count - ManagerGrain.MaxListed);
        await state.WriteStateAsync();
    }

    public Task<string[]> GetCoachingSessionIds()
    {
        EnsureExists();
        return Task.FromResult(state.State.SessionIds.ToArray());
    }

    public async Task SetTeamCrisis(bool active)
    {
        if (!state.RecordExists || state.State.TeamCrisis == active) return;
        state.State.TeamCrisis = active;
        await state.WriteStateAsync();
    }

    /// <summary>"Sales  Calls" and "sales calls" are the same task.</summary>
    private static string TaskKey(string task) =>
        string.Join(' ', task.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();

    private void EnsureExists()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Employee", Id);
    }

    private EmployeeInfo Info() => new(Id, state.State.Name!, state.State.TeamId!);
}
