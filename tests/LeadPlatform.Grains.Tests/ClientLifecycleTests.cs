using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ClientLifecycleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_detached_client_is_gone_from_the_consultancy_at_once()
    {
        var consultancyId = EntityId.New("cons");
        var consultancy = fixture.Grains.GetGrain<IConsultancyGrain>(consultancyId);
        await consultancy.Create("Coach & Co");
        var client = await consultancy.CreateOrganisation("Client");
        var team = await fixture.Grains.GetGrain<IOrganisationGrain>(client.Id).AddTeam("Ops");

        var detached = await consultancy.DetachOrganisation(client.Id);
        Assert.Null(detached.ConsultancyId);
        Assert.Empty((await consultancy.Get())!.OrganisationIds);

        var grains = fixture.Cluster.GrainFactory;
        PrincipalContext.Set(new Principal(consultancyId, Role.Consultant, null));
        await Assert.ThrowsAsync<PlatformException>(() => grains.GetGrain<IOrganisationGrain>(client.Id).Get());
        await Assert.ThrowsAsync<PlatformException>(() => grains.GetGrain<ITeamGrain>(team.Id).Get());

        // The client's own admin keeps working.
        PrincipalContext.Set(new Principal(client.Id, Role.OrgAdmin, null));
        Assert.NotNull(await grains.GetGrain<IOrganisationGrain>(client.Id).Get());
    }

    [Fact]
    public async Task Detaching_an_organisation_that_is_not_a_client_is_not_found()
    {
        var consultancy = fixture.Grains.GetGrain<IConsultancyGrain>(EntityId.New("cons"));
        await consultancy.Create("Coach & Co");
        var stranger = await fixture.Grains.GetGrain<IOrganisationGrain>(EntityId.New("org")).Create("Stranger", null);
        var error = await Assert.ThrowsAsync<PlatformException>(() => consultancy.DetachOrganisation(stranger.Id));
        Assert.Equal(PlatformErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task An_archived_organisation_is_readable_but_takes_no_new_structure()
    {
        var organisation = fixture.Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Old BV", null);
        await organisation.AddTeam("Kept");
        Assert.True((await organisation.Archive()).Archived);

        var error = await Assert.ThrowsAsync<PlatformException>(() => organisation.AddTeam("New"));
        Assert.Equal(PlatformErrorCode.Conflict, error.Code);
        Assert.Single((await organisation.Get())!.TeamIds);
    }
}
