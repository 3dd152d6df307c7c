using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Grains.State;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests;

/// <summary>A tenant stored before the directory existed is listed once something wakes it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TenantDirectoryOlderTenantTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_organisation_stored_before_the_directory_is_listed_at_its_activation()
    {
        var grains = fixture.Grains;
        var organisation = grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        var stored = new GrainState<OrganisationState>(new OrganisationState { Name = "Older BV", CreatedAt = DateTimeOffset.UnixEpoch });
        await fixture.Storage.WriteStateAsync("organisation", organisation.GetGrainId(), stored);

        Assert.Equal("Older BV", (await organisation.Get())!.Name);

        Assert.True(await TenantDirectoryTests.Listed(grains, organisation.GetPrimaryKeyString(), within: TimeSpan.FromSeconds(10)));
    }
}
