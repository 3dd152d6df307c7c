using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains;

public sealed class OrganisationGrain(
    [PersistentState("organisation")] IPersistentState<OrganisationState> state,
    TimeProvider time) : Grain, IOrganisationGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<OrganisationInfo> Create(string name, string? consultancyId)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Organisation '{Id}' already exists.");
        state.State = new OrganisationState
        {
            Name = Require.Name(name, "name"),
            ConsultancyId = consultancyId,
            CreatedAt = time.GetUtcNow(),
        };
        await state.WriteStateAsync();
        return Info();
    }

    public Task<OrganisationInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<TeamInfo> AddTeam(string name)
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Organisation", Id);
        if (state.State.Archived) throw PlatformException.Conflict($"Organisation '{Id}' is archived: its structure can no longer change.");
        var validName = Require.Name(name, "name");
        var team = await GrainFactory.GetGrain<ITeamGrain>(GrainKeys.NewChild(Id, EntityKinds.Team)).Create(validName);
        state.State.TeamIds.Add(team.Id);
        await state.WriteStateAsync();
        return team;
    }

    public Task<string?> GetConsultancyId() => Task.FromResult(state.RecordExists ? state.State.ConsultancyId : null);

    public async Task<OrganisationInfo> Detach()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Organisation", Id);
        state.State.ConsultancyId = null;
        await state.WriteStateAsync();
        // From now on adoption counts stop flowing to the former consultancy.
        await GrainFactory.GetGrain<IAdoptionRollupGrain>(Id).ResetParent();
        return Info();
    }

    public async Task<OrganisationInfo> Archive()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Organisation", Id);
        state.State.Archived = true;
        await state.WriteStateAsync();
        return Info();
    }

    private OrganisationInfo Info() =>
        new(Id, state.State.Name!, state.State.ConsultancyId, [.. state.State.TeamIds], state.State.CreatedAt, state.State.Archived);
}
