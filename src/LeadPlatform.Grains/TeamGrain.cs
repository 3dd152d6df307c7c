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
    /// <summary>How many erased employees' ids a team remembers (~40 KB): far more than a team has members in years.</summary>
    public const int MaxErasedRemembered = 1_000;

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

    public async Task<TeamInfo> Rename(string validName)
    {
        EnsureExists();
        EnsureStructureChangeable();
        if (state.State.Name == validName) return Info();
        state.State.Name = validName;
        await state.WriteStateAsync();
        return Info();
    }

    public Task<TeamInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<ManagerInfo> AddManager(string name, string? idempotencyKey = null)
    {
        EnsureExists();
        var managerId = ChildId(EntityKinds.Manager, idempotencyKey);
        if (state.State.ManagerId is { } current && current != managerId)
        {
            EnsureStructureChangeable(); // archived says more than "led already"
            throw PlatformException.Conflict($"Team '{Id}' is already led by manager '{current}'.");
        }
        var validName = Require.Name(name, "name");
        var grain = GrainFactory.GetGrain<IManagerGrain>(managerId);
        var manager = await KeyedRetry.Read(idempotencyKey, grain.Get, m => m.Name == validName && m.TeamId == Id, $"manager '{managerId}'", "name or team");
        // A retry after the team saved its manager: nothing is left to do.
        if (manager is not null && state.State.ManagerId == managerId) return manager;
        if (manager is null) EnsureStructureChangeable(); // a retry still finishes what it began before the archiving
        manager ??= await grain.Create(validName, Id);
        state.State.ManagerId = manager.Id;
        // Saved with the link and handed on through the outbox: sent directly, a store hiccup at the adoption grain
        // lost the count for good while the team kept its manager (found by the hardening fault tests).
        state.State.PendingAdoption.Add(new AdoptionEvent($"{manager.Id}:added", AdoptionEventKind.ManagerAdded, time.GetUtcNow()));
        await state.WriteStateAsync();
        await DeliverAdoption();
        return manager;
    }

    public async Task<EmployeeInfo> AddEmployee(string name, string? idempotencyKey = null)
    {
        EnsureExists();
        var validName = Require.Name(name, "name");
        var employeeId = ChildId(EntityKinds.Employee, idempotencyKey);
        // Only a key derives an id twice; an erasure is final, also for the request that made the employee.
        if (state.State.ErasedEmployeeIds.Contains(employeeId))
            throw PlatformException.Conflict($"The idempotency key made employee '{employeeId}', who has been erased since. To add them again, use a new key.");
        var employee = await KeyedRetry.Read(idempotencyKey, GrainFactory.GetGrain<IEmployeeGrain>(employeeId).Get,
                e => e.Name == validName && e.TeamId == Id, $"employee '{employeeId}'", "name or team");
        if (employee is null) EnsureStructureChangeable(); // a retry still finishes what it began before the archiving
        employee ??= await CreateEmployee(employeeId, validName);
        // A retry lists the employee only if the first attempt failed before the team's list was saved.
        if (state.State.EmployeeIds.Contains(employeeId)) return employee;
        state.State.EmployeeIds.Add(employeeId);
        await state.WriteStateAsync();
        return employee;
    }

    /// <summary>Creates an employee grain of this team; the caller adds it to the team's list and saves.</summary>
    private Task<EmployeeInfo> CreateEmployee(string employeeId, string validName) =>
        GrainFactory.GetGrain<IEmployeeGrain>(employeeId).Create(validName, Id, state.State.Crisis is not null);

    /// <summary>A new member's or team session's key, or with an idempotency key the first attempt's. Keys are the team's own.</summary>
    private string ChildId(string kind, string? idempotencyKey) => GrainKeys.Child(OrganisationId, kind, Id, idempotencyKey);

    public async Task<TeamInfo> SetCrisis(bool active, string? reason)
    {
        EnsureExists();
        // An ongoing crisis keeps when it began (a repeat, e.g. a retry after a member's update failed, changes only the reason).
        state.State.Crisis = active ? new TeamCrisis(reason?.Trim(), state.State.Crisis?.Since ?? time.GetUtcNow()) : null;
        await state.WriteStateAsync();
        // Push to members so their recommendation reads stay local; repeating the call is harmless.
        await Task.WhenAll(state.State.EmployeeIds.Select(id => GrainFactory.GetGrain<IEmployeeGrain>(id).SetTeamCrisisOf(Id, active)));
        return Info();
    }

    public async Task<TeamInfo> RecordPulse(int energy, int engagement, string? idempotencyKey = null)
    {
        EnsureExists();
        if (PulseScale.Problem(energy) is { } energyProblem) throw PlatformException.BadInput("energy", energyProblem);
        if (PulseScale.Problem(engagement) is { } engagementProblem) throw PlatformException.BadInput("engagement", engagementProblem);
        var pulse = state.State.Pulse;
        var requestId = CreatedIds.RequestId(EntityKinds.PulseReading, Id, idempotencyKey);
        if (KeyedRetry.Find(requestId, pulse, r => r.RequestId, r => r.Energy == energy && r.Engagement == engagement,
                $"pulse reading '{requestId}'", "energy or engagement") is not null)
            return Info();
        var reading = new PulseReading(energy, engagement, time.GetUtcNow(), requestId);
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

    public async Task<TeamSessionInfo> StartTeamSession(string topic, string? idempotencyKey = null)
    {
        EnsureExists();
        var validTopic = Require.Text(topic, "topic");
        var sessionId = ChildId(EntityKinds.TeamSession, idempotencyKey);
        var grain = GrainFactory.GetGrain<ITeamSessionGrain>(sessionId);
        var session = await KeyedRetry.Read(idempotencyKey, grain.Get, s => s.Topic == validTopic && s.TeamId == Id, $"team session '{sessionId}'", "topic or team")
            ?? await grain.Start(Id, validTopic);
        var ids = state.State.TeamSessionIds;
        if (ids.Contains(sessionId)) return session;
        ids.Add(sessionId);
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
        var erased = state.State.ErasedEmployeeIds;
        if (!state.RecordExists || erased.Contains(employeeId)) return;
        // Remembered also when not listed: a keyed addEmployee whose list write failed made an employee the team never listed.
        Unlist(employeeId);
        erased.Add(employeeId);
        if (erased.Count > MaxErasedRemembered) erased.RemoveRange(0, erased.Count - MaxErasedRemembered);
        await state.WriteStateAsync();
    }

    public async Task AdmitMovedEmployee(string employeeId)
    {
        EnsureExists();
        // An erasure that ran beside the move's last steps has unlisted them already: listed again, the id would name nobody.
        if (state.State.ErasedEmployeeIds.Contains(employeeId)) return;
        // Not refused when archived: the move began before, and its employee belongs here already.
        if (!state.State.EmployeeIds.Contains(employeeId))
        {
            state.State.EmployeeIds.Add(employeeId);
            await state.WriteStateAsync();
        }
        // Read after listing, in this turn: a crisis started or lifted from now on is pushed to them with the others.
        await GrainFactory.GetGrain<IEmployeeGrain>(employeeId).SetTeamCrisisOf(Id, state.State.Crisis is not null);
    }

    public async Task ReleaseMovedEmployee(string employeeId)
    {
        if (!state.RecordExists || !Unlist(employeeId)) return;
        await state.WriteStateAsync();
    }

    /// <summary>Takes a member off the list and out of the team's copy of advice; false when it was not listed.</summary>
    private bool Unlist(string employeeId)
    {
        if (!state.State.EmployeeIds.Remove(employeeId)) return false;
        ForgetMember(employeeId);
        return true;
    }

    private Task DeliverAdoption() => AdoptionOutbox.DeliverOrRetry(this, GrainFactory, () => state.State.ManagerId,
        () => state.State.PendingAdoption, () => state.WriteStateAsync(), logger);

    private void EnsureExists()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Team", Id);
    }

    private void EnsureStructureChangeable()
    {
        if (state.State.Archived)
            throw PlatformException.Conflict($"Team '{Id}' belongs to an archived organisation: its structure can no longer change.");
    }

    public async Task Archive()
    {
        if (!state.RecordExists || state.State.Archived) return;
        state.State.Archived = true;
        await state.WriteStateAsync();
    }

    private TeamInfo Info() =>
        new(Id, state.State.Name!, OrganisationId, state.State.ManagerId, [.. state.State.EmployeeIds], state.State.Crisis);
}
