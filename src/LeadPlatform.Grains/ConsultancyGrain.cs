using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

public sealed class ConsultancyGrain(
    [PersistentState("consultancy")] IPersistentState<ConsultancyState> state,
    TimeProvider time,
    ILogger<ConsultancyGrain> logger) : Grain, IConsultancyGrain
{
    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // In the background: the call that woke the tenant does not wait on the directory.
        if (state.RecordExists) _ = TenantDirectory.List(this, GrainFactory, EntityKinds.Consultancy, Id, logger);
        return Task.CompletedTask;
    }

    public async Task<ConsultancyInfo> Create(string name)
    {
        var validName = Require.Name(name, "name");
        // Only an id derived from an idempotency key can exist already: the key's first attempt made it.
        if (state.RecordExists) return KeyedRetry.Match(Info(), c => c.Name == validName, $"consultancy '{Id}'", "name")!;
        state.State = new ConsultancyState { Name = validName, CreatedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        await TenantDirectory.List(this, GrainFactory, EntityKinds.Consultancy, Id, logger);
        return Info();
    }

    public Task<ConsultancyInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<OrganisationInfo> CreateOrganisation(string name, string? idempotencyKey = null)
    {
        EnsureExists();
        var validName = Require.Name(name, "name");
        // Child first, then the link: a failure leaves at worst an unlinked organisation, never a dangling id. With a key
        // the retry finds that organisation again (Create answers it) and links it.
        var organisation = await GrainFactory.GetGrain<IOrganisationGrain>(CreatedIds.For(EntityKinds.Organisation, Id, idempotencyKey)).Create(validName, Id);
        if (state.State.OrganisationIds.Contains(organisation.Id)) return organisation;
        state.State.OrganisationIds.Add(organisation.Id);
        await state.WriteStateAsync();
        return organisation;
    }

    public async Task<OrganisationInfo> DetachOrganisation(string organisationId)
    {
        EnsureExists();
        var organisation = GrainFactory.GetGrain<IOrganisationGrain>(organisationId);
        // A client is listed here or, after a hand-over that failed at its last step, still names this consultancy.
        if (!state.State.OrganisationIds.Contains(organisationId) && await organisation.GetConsultancyId() != Id)
            throw PlatformException.NotFound("Client organisation", organisationId);
        // Each step can be repeated, and the client is found again until the last one: a failed hand-over is retried.
        // 1. The keys this consultancy's consultants issued for the client's people: they saw their texts.
        await GrainFactory.GetGrain<IClientKeysGrain>(organisationId).RevokeAll();
        // 2. Off the list.
        if (state.State.OrganisationIds.Remove(organisationId)) await state.WriteStateAsync();
        // 3. The organisation forgets its consultancy: that is what access checks ask, so access ends here.
        return await organisation.Detach();
    }

    private void EnsureExists()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Consultancy", Id);
    }

    private ConsultancyInfo Info() => new(Id, state.State.Name!, [.. state.State.OrganisationIds], state.State.CreatedAt);
}
