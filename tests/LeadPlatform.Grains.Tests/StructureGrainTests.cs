using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class StructureGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Consultancy_creates_client_organisation_with_team_manager_and_employees()
    {
        var consultancy = await NewStructure.Consultancy(Grains);
        var organisation = await consultancy.CreateOrganisation("  Acme BV ");
        var team = await Grains.GetGrain<IOrganisationGrain>(organisation.Id).AddTeam("Support");
        var manager = await Grains.GetGrain<ITeamGrain>(team.Id).AddManager("Mila");
        var employee = await Grains.GetGrain<ITeamGrain>(team.Id).AddEmployee("Jan");

        Assert.Equal("Acme BV", organisation.Name);
        Assert.Equal(consultancy.GetPrimaryKeyString(), organisation.ConsultancyId);
        Assert.Equal([organisation.Id], (await consultancy.Get())!.OrganisationIds);
        Assert.Equal([team.Id], (await Grains.GetGrain<IOrganisationGrain>(organisation.Id).Get())!.TeamIds);

        var teamInfo = await Grains.GetGrain<ITeamGrain>(team.Id).Get();
        Assert.Equal(manager.Id, teamInfo!.ManagerId);
        Assert.Equal([employee.Id], teamInfo.EmployeeIds);
        Assert.Equal(team.Id, (await Grains.GetGrain<IManagerGrain>(manager.Id).Get())!.TeamId);
        Assert.Equal("Jan", (await Grains.GetGrain<IEmployeeGrain>(employee.Id).Get())!.Name);
    }

    [Fact]
    public async Task An_organisation_read_follows_every_change()
    {
        var consultancy = await NewStructure.Consultancy(Grains);
        var organisation = Grains.GetGrain<IOrganisationGrain>((await consultancy.CreateOrganisation("Acme")).Id);
        Assert.Empty((await organisation.Get())!.TeamIds);

        var support = await organisation.AddTeam("Support");
        Assert.Equal([support.Id], (await organisation.Get())!.TeamIds);
        var ops = await organisation.AddTeam("Ops");
        Assert.Equal([support.Id, ops.Id], (await organisation.Get())!.TeamIds);
        await organisation.ImportStructure([new("Sales", [])]);
        Assert.Equal(3, (await organisation.Get())!.TeamIds.Length);

        Assert.NotNull((await organisation.Get())!.ConsultancyId);
        await organisation.Detach();
        Assert.Null((await organisation.Get())!.ConsultancyId);
        await organisation.Archive();
        Assert.True((await organisation.Get())!.Archived);
    }

    [Fact]
    public async Task A_second_manager_for_a_team_of_an_archived_organisation_is_told_it_is_archived()
    {
        var (organisation, team) = await NewStructure.OrganisationWithTeam(Grains);
        await team.AddManager("Mila");
        await organisation.Archive();

        var refused = await Assert.ThrowsAsync<PlatformException>(() => team.AddManager("Sam"));

        Assert.Equal(PlatformErrorCode.Conflict, refused.Code);
        Assert.Contains("archived", refused.Message);
    }

    [Fact]
    public async Task Child_keys_are_tenant_prefixed_and_use_only_safe_characters()
    {
        var organisation = Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Acme", null);
        var team = await organisation.AddTeam("Ops");
        var employee = await Grains.GetGrain<ITeamGrain>(team.Id).AddEmployee("Ann");

        foreach (var id in new[] { team.Id, employee.Id })
        {
            Assert.True(TenantKey.TryParse(id, out var key), id);
            Assert.Equal(organisation.GetPrimaryKeyString(), key.TenantId);
        }
    }

    [Fact]
    public async Task Unknown_entities_are_null_and_acting_on_them_is_not_found()
    {
        Assert.Null(await Grains.GetGrain<IOrganisationGrain>(EntityId.New("org")).Get());
        var error = await Assert.ThrowsAsync<PlatformException>(() => Grains.GetGrain<IOrganisationGrain>(EntityId.New("org")).AddTeam("x"));
        Assert.Equal(PlatformErrorCode.NotFound, error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_names_are_bad_input_naming_the_field(string name)
    {
        var error = await Assert.ThrowsAsync<PlatformException>(() => Grains.GetGrain<IConsultancyGrain>(EntityId.New("cons")).Create(name));
        Assert.Equal(PlatformErrorCode.BadUserInput, error.Code);
        Assert.Equal("name", error.Field);
    }

    [Fact]
    public async Task Names_over_200_characters_are_refused_and_nothing_is_stored()
    {
        var organisation = Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        var error = await Assert.ThrowsAsync<PlatformException>(() => organisation.Create(new string('a', 201), null));
        Assert.Equal(PlatformErrorCode.BadUserInput, error.Code);
        Assert.Null(await organisation.Get());
    }

    [Fact]
    public async Task Creating_twice_is_a_conflict_and_a_team_has_one_manager()
    {
        var organisation = Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Acme", null);
        Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(() => organisation.Create("Again", null))).Code);

        var team = await organisation.AddTeam("Ops");
        await Grains.GetGrain<ITeamGrain>(team.Id).AddManager("First");
        var error = await Assert.ThrowsAsync<PlatformException>(() => Grains.GetGrain<ITeamGrain>(team.Id).AddManager("Second"));
        Assert.Equal(PlatformErrorCode.Conflict, error.Code);
    }

    [Fact]
    public async Task A_team_name_is_taken_once_per_organisation_whatever_its_case()
    {
        var organisation = Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Acme", null);
        var support = await organisation.AddTeam("Support", "first-attempt");

        var error = await Assert.ThrowsAsync<PlatformException>(() => organisation.AddTeam(" SUPPORT "));
        Assert.Equal(PlatformErrorCode.Conflict, error.Code);
        Assert.Contains(support.Id, error.Message);
        // A keyed retry of the first attempt is not a second team: it answers the one it made.
        Assert.Equal(support.Id, (await organisation.AddTeam("Support", "first-attempt")).Id);
        Assert.Equal([support.Id], (await organisation.Get())!.TeamIds);

        // Another organisation's names are its own.
        var other = Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await other.Create("Other", null);
        Assert.Equal("Support", (await other.AddTeam("Support")).Name);
    }
}
