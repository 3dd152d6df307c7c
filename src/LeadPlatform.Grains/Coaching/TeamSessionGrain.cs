using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains.Coaching;

public sealed class TeamSessionGrain(
    [PersistentState("teamsession")] IPersistentState<TeamSessionState> state,
    TimeProvider time) : Grain, ITeamSessionGrain
{
    /// <summary>Ideas a team session keeps: enough for any real session, small enough for the state.</summary>
    public const int MaxIdeas = 100;

    private string Id => this.GetPrimaryKeyString();

    public async Task<TeamSessionInfo> Start(string teamId, string topic)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Team session '{Id}' already exists.");
        state.State = new TeamSessionState { TeamId = teamId, Topic = Require.Text(topic, "topic"), StartedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        return Info();
    }

    public Task<TeamSessionInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<TeamIdea> AddIdea(string text, string ownerId, string? idempotencyKey = null)
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Team session", Id);
        var idea = Require.Text(text, "text");
        // Keys are the team session's own: its team's lead and managers add ideas.
        var ideaId = CreatedIds.For(EntityKinds.Idea, Id, idempotencyKey);
        if (KeyedRetry.Match(state.State.Ideas.Find(i => i.Id == ideaId), i => i.Text == idea && i.OwnerId == ownerId, $"idea '{ideaId}'", "text or owner")
            is { } added)
            return added;
        if (state.State.Ideas.Count >= MaxIdeas) throw PlatformException.Conflict($"A team session holds at most {MaxIdeas} ideas.");
        // Grain-to-grain calls skip the silo's tenant check: only the team's own members can own an idea.
        var team = await GrainFactory.GetGrain<ITeamGrain>(state.State.TeamId!).Get();
        var isMember = TenantReach.TenantOf(ownerId ?? "") == TenantReach.TenantOf(Id)
            && team is not null && (team.ManagerId == ownerId || team.EmployeeIds.Contains(ownerId));
        if (!isMember) throw PlatformException.BadInput("ownerId", "must be the manager or an employee of the team");

        var made = new TeamIdea(ideaId, idea, ownerId!, time.GetUtcNow());
        state.State.Ideas.Add(made);
        await state.WriteStateAsync();
        return made;
    }

    public async Task RemoveIdeasOf(string ownerId)
    {
        if (!state.RecordExists || state.State.Ideas.RemoveAll(idea => idea.OwnerId == ownerId) == 0) return;
        await state.WriteStateAsync();
    }

    private TeamSessionInfo Info() => new(Id, state.State.TeamId!, state.State.Topic!, state.State.StartedAt, [.. state.State.Ideas]);
}
