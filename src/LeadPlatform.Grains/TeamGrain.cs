using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Teams;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

public sealed partial class TeamGrain(
    [PersistentState("team")] IPersistentState<TeamState> state,
    TimeProvider time,
    ILogger<TeamGrain> logger) : Grain, ITeamGrain
{
    private string Id => this.GetPrimaryKeyString();
    private string OrganisationId => TenantReach.TenantOf(Id);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists) return Task.CompletedTask;
        // Facts saved by an activation that died before handing them on (a killed silo) go out now.
        if (state.State.PendingAdoption.Count > 0)
            AdoptionOutbox.DeliverSoon(this, GrainFactory, () => state.State.ManagerId, () => state.State.PendingAdoption, () => state.WriteStateAsync(), logger);
        // So do counts stranded the same way in the adoption grains above the team, which only this team's traffic reaches.
        _ = GrainFactory.GetGrain<IAdoptionRollupGrain>(Id).Wake();
        if (state.State.ManagerId is { } managerId) _ = GrainFactory.GetGrain<IManagerAdoptionGrain>(managerId).Wake();
        return Task.CompletedTask;
    }

    public async Task<TeamInfo> Create(string name)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Team '{Id}' already exists.");
        state.State = new TeamState { Name = Require.Name(name, "name") };
        await state.WriteStateAsync();
        return Info();
    }

    public Task<TeamInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<ManagerInfo> AddManager(string name)
    {
        EnsureExists();
        if (state.State.ManagerId is not null)
            throw PlatformException.Conflict($"Team '{Id}' is already led by manager '{state.State.ManagerId}'.");
        var validName = Require.Name(name, "name");
        var manager = await GrainFactory.GetGrain<IManagerGrain>(GrainKeys.NewChild(OrganisationId, EntityKinds.Manager)).Create(validName, Id);
        state.State.ManagerId = manager.Id;
        // Saved with the link and handed on through the outbox: sent directly, a store hiccup at the adoption grain
        // lost the count for good while the team kept its manager (found by the hardening fault tests).
        state.State.PendingAdoption.Add(new AdoptionEvent($"{manager.Id}:added", AdoptionEventKind.ManagerAdded, time.GetUtcNow()));
        await state.WriteStateAsync();
        await DeliverAdoption();
        return manager;
    }

    public async Task<EmployeeInfo> AddEmployee(string name)
    {
        EnsureExists();
        var employee = await CreateEmployee(Require.Name(name, "name"));
        state.State.EmployeeIds.Add(employee.Id);
        await state.WriteStateAsync();
        return employee;
    }

    /// <summary>Creates an employee grain of this team; the caller adds it to the team's list and saves.</summary>
    private Task<EmployeeInfo> CreateEmployee(string validName) =>
        GrainFactory.GetGrain<IEmployeeGrain>(GrainKeys.NewChild(OrganisationId, EntityKinds.Employee))
            .Create(validName, Id, state.State.Crisis is not null);

    public async Task<TeamInfo> SetCrisis(bool active, string? reason)
    {
        EnsureExists();
        state.State.Crisis = active ? new TeamCrisis(reason?.Trim(), time.GetUtcNow()) : null;
        await state.WriteStateAsync();
        // Push to members so their recommendation reads stay local; repeating the call is harmless.
        await Task.WhenAll(state.State.EmployeeIds.Select(id => GrainFactory.GetGrain<IEmployeeGrain>(id).SetTeamCrisis(active)));
        return Info();
    }

    public async Task<TeamInfo> RecordPulse(int energy, int engagement)
    {
        EnsureExists();
        if (PulseScale.Problem(energy) is { } energyProblem) throw PlatformException.BadInput("energy", energyProblem);
        if (PulseScale.Problem(engagement) is { } engagementProblem) throw PlatformException.BadInput("engagement", engagementProblem);
        var pulse = state.State.Pulse;
        var reading = new PulseReading(energy, engagement, time.GetUtcNow());
        pulse.Add(reading);
        if (pulse.Count > PulseScale.MaxReadings) pulse.RemoveRange(0, pulse.Count - PulseScale.MaxReadings);
        // The pulse also goes into the adoption counters, so organisation reports show it beside adoption.
        if (state.State.ManagerId is not null)
            state.State.PendingAdoption.Add(new AdoptionEvent($"{Id}:pulse:{reading.RecordedAt.UtcTicks}", AdoptionEventKind.Pulse, reading.RecordedAt)
                { Energy = energy, Engagement = engagement });
        await state.WriteStateAsync();
        await DeliverAdoption();
        return Info();
    }

    public Task<PulseReading[]> GetPulse()
    {
        EnsureExists();
        return Task.FromResult(state.State.Pulse.ToArray());
    }

    public async Task<TeamSessionInfo> StartTeamSession(string topic)
    {
        EnsureExists();
        var validTopic = Require.Text(topic, "topic");
        var session = await GrainFactory.GetGrain<ITeamSessionGrain>(GrainKeys.NewChild(OrganisationId, EntityKinds.TeamSession)).Start(Id, validTopic);
        var ids = state.State.TeamSessionIds;
        ids.Add(session.Id);
        if (ids.Count > ManagerGrain.MaxListed) ids.RemoveRange(0, ids.Count - ManagerGrain.MaxListed);
        await state.WriteStateAsync();
        return session;
    }

    public Task<string[]> GetTeamSessionIds()
    {
        EnsureExists();
        return Task.FromResult(state.State.TeamSessionIds.ToArray());
    }

    public async Task RemoveEmployee(string employeeId)
    {
        if (!state.RecordExists || !state.State.EmployeeIds.Remove(employeeId)) return;
        ForgetMember(employeeId);
        await state.WriteStateAsync();
    }

    private Task DeliverAdoption() => AdoptionOutbox.DeliverOrRetry(this, GrainFactory, () => state.State.ManagerId,
        () => state.State.PendingAdoption, () => state.WriteStateAsync(), logger);

    private void EnsureExists()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Team", Id);
    }

    private TeamInfo Info() =>
        new(Id, state.State.Name!, OrganisationId, state.State.ManagerId, [.. state.State.EmployeeIds], state.State.Crisis);
}
