using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Grains.Tests.Privacy;

namespace LeadPlatform.Grains.Tests;

/// <summary>The platform admin's directory of tenants: every organisation and consultancy once, also when listing one failed.</summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class TenantDirectoryTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task Tenants_are_listed_once_when_made_and_a_keyed_retry_adds_no_second_entry()
    {
        var grains = fixture.Grains;
        var consultancy = await NewStructure.Consultancy(grains);
        var client = await consultancy.CreateOrganisation("Client", "client-1");
        Assert.Equal(client, await consultancy.CreateOrganisation("Client", "client-1"));

        Assert.Single(await Directory(grains, EntityKinds.Consultancy).Ids(), consultancy.GetPrimaryKeyString());
        Assert.Single(await Directory(grains, EntityKinds.Organisation).Ids(), client.Id);
    }

    [Fact]
    public async Task An_organisation_whose_listing_failed_is_listed_when_it_is_next_activated()
    {
        var grains = fixture.Grains;
        var organisation = grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        var id = organisation.GetPrimaryKeyString();

        PrivacyClusterFixture.Faults.FailOnce("tenantDirectory", "write");
        await Assert.ThrowsAnyAsync<Exception>(() => organisation.Create("Acme", null));
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);
        Assert.DoesNotContain(id, await Directory(grains, EntityKinds.Organisation).Ids());

        // The organisation was stored before the listing failed; the failed call dropped its activation, so this read
        // activates it again, and the activation lists it (as it lists organisations made before the directory).
        Assert.NotNull(await organisation.Get());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await Directory(grains, EntityKinds.Organisation).Ids()).Contains(id) && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Single(await Directory(grains, EntityKinds.Organisation).Ids(), id);
    }

    private static ITenantDirectoryGrain Directory(IGrainFactory grains, string kind) => grains.GetGrain<ITenantDirectoryGrain>(kind);
}
