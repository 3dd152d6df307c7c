using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Programmes;
using LeadPlatform.Grains.State;

namespace LeadPlatform.Grains.Programmes;

/// <summary>One programme: its rules and figures live in the domain; this grain stores it and gathers the managers' buckets.</summary>
public sealed class ProgrammeGrain(
    [PersistentState("programme")] IPersistentState<ProgrammeState> state,
    TimeProvider time) : Grain, IProgrammeGrain
{
    private string Id => this.GetPrimaryKeyString();

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<ProgrammeInfo> Create(string name, DateOnly[] trainingDates, ManagerTrack[] tracks)
    {
        if (state.State.Programme is not null) throw PlatformException.Conflict($"Programme '{Id}' already exists.");
        // Too many managers is refused by the rules before membership matters: no lookups for an oversized list.
        var known = tracks.Length <= ProgrammeRules.MaxManagers ? await ExistingManagers(tracks) : [];
        var (programme, error) = ProgrammeRules.Validate(name, trainingDates, tracks, known, Today);
        if (error is not null) throw PlatformException.BadInput(error.Field, error.Problem);

        state.State.Programme = new ProgrammeInfo(Id, programme!.Name, [.. programme.TrainingDates], [.. programme.Tracks], time.GetUtcNow());
        await state.WriteStateAsync();
        return state.State.Programme;
    }

    public Task<ProgrammeInfo?> Get() => Task.FromResult(state.State.Programme);

    public async Task<ProgrammeEffect> Compare(int windowDays)
    {
        var info = state.State.Programme ?? throw PlatformException.NotFound("Programme", Id);
        windowDays = Math.Clamp(windowDays, 1, AdoptionCalculator.RetentionDays); // as the adoption reports do
        var programme = info.ToProgramme();
        var from = programme.FirstTrainingDay.AddDays(-windowDays);
        var to = programme.LastTrainingDay.AddDays(windowDays);
        var buckets = await Task.WhenAll(info.Tracks.Select(async track =>
            (track.ManagerId, Buckets: await GrainFactory.GetGrain<IManagerAdoptionGrain>(track.ManagerId).Buckets(from, to))));
        return ProgrammeComparison.Compare(programme,
            buckets.ToDictionary(m => m.ManagerId, m => (IReadOnlyDictionary<int, long[]>)m.Buckets), Today, windowDays);
    }

    /// <summary>Repeatable: a retry after the organisation failed to save its list finds the programme gone already.</summary>
    public async Task Delete()
    {
        if (state.State.Programme is not null) await state.ClearStateAsync();
    }

    /// <summary>The named managers that exist in this programme's organisation (one call each, all at once).</summary>
    private async Task<HashSet<string>> ExistingManagers(IEnumerable<ManagerTrack> tracks)
    {
        var organisationId = TenantReach.TenantOf(Id);
        var candidates = tracks.Select(t => t.ManagerId).Distinct()
            .Where(id => TenantKey.TryParse(id, out var key) && key.TenantId == organisationId && key.EntityId.StartsWith(EntityKinds.Manager + "-", StringComparison.Ordinal));
        var found = await Task.WhenAll(candidates.Select(id => GrainFactory.GetGrain<IManagerGrain>(id).Get()));
        return found.Where(m => m is not null).Select(m => m!.Id).ToHashSet();
    }
}
