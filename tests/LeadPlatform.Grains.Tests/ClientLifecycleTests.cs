using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ClientLifecycleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_detached_client_is_gone_from_the_consultancy_at_once()
    {
        var consultancy = await NewStructure.Consultancy(fixture.Grains);
        var consultancyId = consultancy.GetPrimaryKeyString();
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

    /// <summary>
    /// The organisation's adoption grain once kept its consultancy in its stored state and forgot it only in memory: when it
    /// was idle (collected) at the hand-over, the next activation loaded the former consultancy and sent it the new counts.
    /// </summary>
    [Fact]
    public async Task A_detached_client_s_adoption_no_longer_reaches_the_former_consultancy_after_its_grains_were_collected()
    {
        var grains = fixture.Grains;
        var consultancy = await NewStructure.Consultancy(grains);
        var consultancyId = consultancy.GetPrimaryKeyString();
        var client = await consultancy.CreateOrganisation("Client");
        var organisation = grains.GetGrain<IOrganisationGrain>(client.Id);
        await grains.GetGrain<ITeamGrain>((await organisation.AddTeam("Ops")).Id).AddManager("Before");
        var former = grains.GetGrain<IAdoptionRollupGrain>(consultancyId);
        Assert.Equal(1, (await Eventually.Until(() => former.Report(30), f => f.Managers == 1)).Managers);

        var management = grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        await consultancy.DetachOrganisation(client.Id);
        await management.ForceActivationCollection(TimeSpan.Zero);
        await grains.GetGrain<ITeamGrain>((await organisation.AddTeam("Sales")).Id).AddManager("After");

        Assert.Equal(2, (await Eventually.Until(() => grains.GetGrain<IAdoptionRollupGrain>(client.Id).Report(30), f => f.Managers == 2)).Managers);
        // The organisation's count arrived; what it sends up would arrive in as long again. Give it far longer.
        Assert.Equal(0, (await Eventually.Until(() => former.Report(30), f => f.Managers != 0, timeoutMs: 3_000)).Managers);
    }

    /// <summary>
    /// A consultancy's adoption is that of its clients: after a hand-over nothing of the former client is in it, its
    /// managers and its history alike (as <c>clientComparison</c> no longer lists it). The client keeps all of its own.
    /// </summary>
    [Fact]
    public async Task A_hand_over_takes_the_client_s_counts_out_of_the_former_consultancy_s_adoption()
    {
        var grains = fixture.Grains;
        var consultancy = await NewStructure.Consultancy(grains);
        var consultancyId = consultancy.GetPrimaryKeyString();
        var leaving = await consultancy.CreateOrganisation("Leaving");
        var staying = await consultancy.CreateOrganisation("Staying");
        foreach (var (client, employees) in new[] { (leaving, 2), (staying, 1) })
        {
            var team = grains.GetGrain<ITeamGrain>((await grains.GetGrain<IOrganisationGrain>(client.Id).AddTeam("Ops")).Id);
            await team.AddManager("Manager");
            for (var e = 0; e < employees; e++)
                await grains.GetGrain<IEmployeeGrain>((await team.AddEmployee($"Employee {e}")).Id).Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        }
        var adoption = grains.GetGrain<IAdoptionRollupGrain>(consultancyId);
        await Eventually.Until(() => adoption.Report(30), f => f.Managers == 2 && f.DevelopmentLevels.Values.Sum() == 3);

        await consultancy.DetachOrganisation(leaving.Id);

        var after = await Eventually.Until(() => adoption.Report(30), f => f.Managers == 1);
        Assert.Equal((1, 1), (after.Managers, after.DevelopmentLevels.Values.Sum()));
        var own = await grains.GetGrain<IAdoptionRollupGrain>(leaving.Id).Report(30);
        Assert.Equal((1, 2), (own.Managers, own.DevelopmentLevels.Values.Sum()));
    }

    [Fact]
    public async Task Detaching_an_organisation_that_is_not_a_client_is_not_found()
    {
        var consultancy = await NewStructure.Consultancy(fixture.Grains);
        var stranger = await fixture.Grains.GetGrain<IOrganisationGrain>(EntityId.New("org")).Create("Stranger", null);
        var error = await Assert.ThrowsAsync<PlatformException>(() => consultancy.DetachOrganisation(stranger.Id));
        Assert.Equal(PlatformErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task An_archived_organisation_is_readable_but_takes_no_new_structure()
    {
        var organisation = fixture.Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Old BV", null);
        var team = fixture.Grains.GetGrain<ITeamGrain>((await organisation.AddTeam("Kept")).Id);
        Assert.True((await organisation.Archive()).Archived);

        // Not at the organisation, nor at its teams, which take their own managers and employees.
        Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(() => organisation.AddTeam("New"))).Code);
        Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(() => team.AddManager("Mila"))).Code);
        Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(() => team.AddEmployee("Jan"))).Code);
        Assert.Equal(PlatformErrorCode.Conflict,
            (await Assert.ThrowsAsync<PlatformException>(() => team.ImportMembers([new ImportMemberRow(2, null, "Jan")]))).Code);
        Assert.Single((await organisation.Get())!.TeamIds);
        Assert.Equal((null, []), ((await team.Get())!.ManagerId, (await team.Get())!.EmployeeIds));
    }
}
