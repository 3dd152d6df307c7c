using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Programmes;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

public sealed class OrganisationGrain(
    [PersistentState("organisation")] IPersistentState<OrganisationState> state,
    TimeProvider time,
    ILogger<OrganisationGrain> logger) : Grain, IOrganisationGrain
{
    /// <summary>Programmes per organisation: each one's comparison reads every manager in it.</summary>
    public const int MaxProgrammes = 50;

    /// <summary>
    /// The last <see cref="Info"/>, dropped at every change: a read (every <c>organisation(id)</c>, e.g. before its
    /// adoption report) then costs the same for 200 teams as for 2, instead of copying the team list each time.
    /// </summary>
    private OrganisationInfo? info;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // In the background: the call that woke the tenant does not wait on the directory.
        if (state.RecordExists) _ = TenantDirectory.List(this, GrainFactory, EntityKinds.Organisation, Id, logger);
        return Task.CompletedTask;
    }

    public async Task<OrganisationInfo> Create(string name, string? consultancyId)
    {
        var validName = Require.Name(name, "name");
        // Only an id derived from an idempotency key can exist already: the key's first attempt made it.
        if (state.RecordExists)
            return KeyedRetry.Match(Info(), o => o.Name == validName && o.ConsultancyId == consultancyId, $"organisation '{Id}'", "name or consultancy")!;
        state.State = new OrganisationState
        {
            Name = validName,
            ConsultancyId = consultancyId,
            CreatedAt = time.GetUtcNow(),
        };
        info = null;
        await state.WriteStateAsync();
        await TenantDirectory.List(this, GrainFactory, EntityKinds.Organisation, Id, logger);
        return Info();
    }

    public Task<OrganisationInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<TeamInfo> AddTeam(string name, string? idempotencyKey = null)
    {
        EnsureChangeable();
        var validName = Require.Name(name, "name");
        // Keys are the organisation's own: its admins and its consultancy add teams.
        var teamId = GrainKeys.Child(Id, EntityKinds.Team, Id, idempotencyKey);
        var grain = GrainFactory.GetGrain<ITeamGrain>(teamId);
        var team = await KeyedRetry.Read(idempotencyKey, grain.Get, t => t.Name == validName, $"team '{teamId}'", "name");
        if (team is null)
        {
            await EnsureNoOtherTeamNamed(validName, teamId);
            team = await grain.Create(validName);
        }
        // A retry lists the team only if the first attempt failed before the organisation's list was saved.
        if (state.State.TeamIds.Contains(teamId)) return team;
        List(team);
        await state.WriteStateAsync();
        return team;
    }

    public async Task<TeamInfo> RenameTeam(string teamId, string name)
    {
        EnsureChangeable();
        var validName = Require.Name(name, "name");
        if (!state.State.TeamIds.Contains(teamId)) throw PlatformException.NotFound("Team", teamId);
        // Checked and renamed in one turn of this grain: two renames (or an addTeam) racing for one name cannot both pass.
        await EnsureNoOtherTeamNamed(validName, teamId);
        return await GrainFactory.GetGrain<ITeamGrain>(teamId).Rename(validName);
    }

    public async Task<EmployeeInfo> MoveEmployee(string employeeId, string toTeamId)
    {
        // A move that failed halfway is finished first, whatever this one asks, also after the archiving: it began before.
        await FinishUnfinishedMove(employeeId);
        // Moving someone where they are changes nothing, also once archived: a retry of a move that happened is answered.
        var employee = GrainFactory.GetGrain<IEmployeeGrain>(employeeId);
        if (await employee.Get() is { } current && current.TeamId == toTeamId) return current;
        EnsureChangeable();
        if (!state.State.TeamIds.Contains(toTeamId)) throw PlatformException.NotFound("Team", toTeamId);
        var toTeam = await GrainFactory.GetGrain<ITeamGrain>(toTeamId).Get() ?? throw PlatformException.NotFound("Team", toTeamId);
        // In one turn of this grain, as every change of the structure: two moves of one employee cannot interleave.
        if (await employee.BeginMove(toTeamId, toTeam.Crisis is not null) is { } move) await FinishMove(move);
        return await employee.Get() ?? throw PlatformException.NotFound("Employee", employeeId);
    }

    public async Task FinishUnfinishedMove(string employeeId)
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Organisation", Id);
        // Grain-to-grain calls skip the silo's tenant check, so the tenant is checked here.
        if (TenantReach.TenantOf(employeeId) != Id) throw PlatformException.NotFound("Employee", employeeId);
        if (await GrainFactory.GetGrain<IEmployeeGrain>(employeeId).GetUnfinishedMove() is { } unfinished) await FinishMove(unfinished);
    }

    /// <summary>The steps after the employee's own, each repeatable: listed in the new team, unlisted in the old, done.</summary>
    private async Task FinishMove(EmployeeMove move)
    {
        await GrainFactory.GetGrain<ITeamGrain>(move.ToTeamId).AdmitMovedEmployee(move.EmployeeId);
        await GrainFactory.GetGrain<ITeamGrain>(move.FromTeamId).ReleaseMovedEmployee(move.EmployeeId);
        await GrainFactory.GetGrain<IEmployeeGrain>(move.EmployeeId).CompleteMove();
    }

    /// <summary>
    /// Creates the teams the file names that do not exist yet (by name, case-insensitive), then lets every
    /// team add its own manager and employees, all teams at once.
    /// </summary>
    public async Task<ImportResult> ImportStructure(ImportTeamRows[] teams)
    {
        EnsureChangeable();
        var existing = await TeamIdsByName();
        var teamsCreated = 0;
        foreach (var team in teams.Where(t => !existing.ContainsKey(t.Team)))
        {
            existing[team.Team] = (await CreateTeam(team.Team)).Id;
            teamsCreated++;
        }
        if (teamsCreated > 0) await state.WriteStateAsync();

        var members = await Task.WhenAll(teams.Select(t => GrainFactory.GetGrain<ITeamGrain>(existing[t.Team]).ImportMembers(t.Rows)));
        return ImportResult.Sum(members.Append(new ImportResult(teamsCreated, 0, 0, [])));
    }

    public async Task<ProgrammeInfo> RecordProgramme(string name, DateOnly[] trainingDates, ManagerTrack[] tracks, string? idempotencyKey = null)
    {
        EnsureChangeable();
        var programmeId = GrainKeys.Child(Id, EntityKinds.Programme, Id, idempotencyKey);
        var grain = GrainFactory.GetGrain<IProgrammeGrain>(programmeId);
        var programme = await KeyedRetry.Read(idempotencyKey, grain.Get,
            p => ProgrammeRules.Asks(new Programme(p.Name, p.TrainingDates, p.Tracks), name, trainingDates, tracks),
            $"programme '{programmeId}'", "name, training days or tracks");
        // A retry after the organisation listed it: nothing is left to do.
        if (programme is not null && state.State.ProgrammeIds.Contains(programmeId)) return programme;
        if (programme is null && state.State.ProgrammeIds.Count >= MaxProgrammes)
            throw PlatformException.Conflict($"Organisation '{Id}' has {MaxProgrammes} programmes already: delete one first.");
        programme ??= await grain.Create(name, trainingDates, tracks);
        state.State.ProgrammeIds.Add(programme.Id);
        info = null;
        await state.WriteStateAsync();
        return programme;
    }

    public async Task DeleteProgramme(string programmeId)
    {
        EnsureChangeable();
        if (!state.State.ProgrammeIds.Contains(programmeId)) throw PlatformException.NotFound("Programme", programmeId);
        await GrainFactory.GetGrain<IProgrammeGrain>(programmeId).Delete();
        state.State.ProgrammeIds.Remove(programmeId);
        info = null;
        await state.WriteStateAsync();
    }

    private void EnsureChangeable()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Organisation", Id);
        if (state.State.Archived) throw PlatformException.Conflict($"Organisation '{Id}' is archived: its structure can no longer change.");
    }

    /// <summary>
    /// The listed teams' ids by name, case-insensitive. Names are unique since teams with the same name were refused;
    /// of older duplicates the first listed wins, as an import has always matched.
    /// </summary>
    private async Task<Dictionary<string, string>> TeamIdsByName() =>
        (await Task.WhenAll(state.State.TeamIds.Select(id => GrainFactory.GetGrain<ITeamGrain>(id).Get())))
            .OfType<TeamInfo>().GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>CONFLICT when a team other than <paramref name="teamId"/> has the name, whatever its case.</summary>
    private async Task EnsureNoOtherTeamNamed(string validName, string teamId)
    {
        if ((await TeamIdsByName()).TryGetValue(validName, out var namesake) && namesake != teamId)
            throw PlatformException.Conflict($"Organisation '{Id}' has a team named '{validName}' already ('{namesake}'): team names are unique, an import finds teams by name.");
    }

    /// <summary>Creates a team grain and lists it; the caller saves.</summary>
    private async Task<TeamInfo> CreateTeam(string validName) =>
        List(await GrainFactory.GetGrain<ITeamGrain>(GrainKeys.NewChild(Id, EntityKinds.Team)).Create(validName));

    /// <summary>Lists a team; the caller saves.</summary>
    private TeamInfo List(TeamInfo team)
    {
        state.State.TeamIds.Add(team.Id);
        info = null;
        return team;
    }

    public Task<string?> GetConsultancyId() => Task.FromResult(state.RecordExists ? state.State.ConsultancyId : null);

    public async Task<ManagingConsultancy?> GetManagingConsultancy() =>
        state.RecordExists && state.State.ConsultancyId is { } id && await GrainFactory.GetGrain<IConsultancyGrain>(id).Get() is { } consultancy
            ? new ManagingConsultancy(consultancy.Id, consultancy.Name)
            : null;

    public async Task<OrganisationInfo> Detach()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Organisation", Id);
        // First the adoption: nothing more goes to the former consultancy, and what went there is taken back. Before the
        // organisation forgets it, so that a hand-over failing here is repeated with the consultancy still known.
        if (state.State.ConsultancyId is { } former) await GrainFactory.GetGrain<IAdoptionRollupGrain>(Id).LeaveParent(former);
        state.State.ConsultancyId = null;
        info = null;
        await state.WriteStateAsync();
        return Info();
    }

    public async Task<OrganisationInfo> Archive()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Organisation", Id);
        state.State.Archived = true;
        info = null;
        await state.WriteStateAsync();
        // The teams take their own managers and employees, so they are told too; a retry after one failed tells them all again.
        await Task.WhenAll(state.State.TeamIds.Select(teamId => GrainFactory.GetGrain<ITeamGrain>(teamId).Archive()));
        return Info();
    }

    private OrganisationInfo Info() => info ??=
        new(Id, state.State.Name!, state.State.ConsultancyId, [.. state.State.TeamIds], state.State.CreatedAt, state.State.Archived, [.. state.State.ProgrammeIds]);
}
