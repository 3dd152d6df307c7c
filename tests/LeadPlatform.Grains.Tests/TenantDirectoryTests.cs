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
    public async Task An_organisation_whose_listing_failed_is_made_and_listed_a_little_later()
    {
        var grains = fixture.Grains;
        var organisation = grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        var id = organisation.GetPrimaryKeyString();

        PrivacyClusterFixture.Faults.FailOnce("tenantDirectory", "write");
        Assert.Equal("Acme", (await organisation.Create("Acme", null)).Name); // the organisation is saved: its creation succeeds
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);

        Assert.True(await Listed(grains, id, within: TenantDirectory.RetryAfter * 3));
        Assert.Single(await Directory(grains, EntityKinds.Organisation).Ids(), id);
    }

    [Fact]
    public async Task An_organisation_answers_while_its_listing_is_tried_again()
    {
        var grains = fixture.Grains;
        var organisation = grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        PrivacyClusterFixture.Faults.FailOnce("tenantDirectory", "write");
        await organisation.Create("Acme", null);

        var released = new TaskCompletionSource();
        var directoryWriting = PrivacyClusterFixture.Faults.HoldNextWrite("tenantDirectory", Directory(grains, EntityKinds.Organisation).GetGrainId(), released.Task);
        await directoryWriting.WaitAsync(TenantDirectory.RetryAfter * 3); // the retry is inside the directory's write
        try
        {
            Assert.Equal("Acme", (await organisation.Get().WaitAsync(TimeSpan.FromSeconds(5)))!.Name);
        }
        finally
        {
            released.SetResult();
        }
        Assert.True(await Listed(grains, organisation.GetPrimaryKeyString(), within: TimeSpan.FromSeconds(10)));
    }

    internal static async Task<bool> Listed(IGrainFactory grains, string organisationId, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!(await Directory(grains, EntityKinds.Organisation).Ids()).Contains(organisationId))
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(50);
        }
        return true;
    }

    internal static ITenantDirectoryGrain Directory(IGrainFactory grains, string kind) => grains.GetGrain<ITenantDirectoryGrain>(kind);
}
