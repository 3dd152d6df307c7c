namespace LeadPlatform.Api.Tests;

/// <summary><c>renameTeam</c>: a name unique in the organisation, as <c>addTeam</c>'s, and what reads and imports make of it.</summary>
[Collection(HostCollection.Name)]
public sealed class TeamRenameTests(HostFixture fixture)
{
    private const string Rename = "mutation($t:ID!,$n:String!){ renameTeam(teamId:$t, name:$n){ id name employees { name } } }";

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_renamed_team_reads_back_its_new_name_and_an_import_finds_it_by_that_name()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host); // "Support", led by Mila, with Jan
        var renamed = (await Host.Graph(Rename, new { t = structure.TeamId, n = "Customer Care" })).Ok().At("renameTeam");
        Assert.Equal("Customer Care", renamed.GetProperty("name").GetString());
        Assert.Equal(["Jan"], renamed.GetProperty("employees").EnumerateArray().Select(e => e.GetProperty("name").GetString()));

        var read = (await Host.Graph("query($o:ID!){ organisation(id:$o){ teams { id name } } }", new { o = structure.OrganisationId })).Ok().At("organisation", "teams");
        var team = Assert.Single(read.EnumerateArray());
        Assert.Equal((structure.TeamId, "Customer Care"), (team.GetProperty("id").GetString(), team.GetProperty("name").GetString()));

        var import = (await Host.Graph("mutation($o:ID!,$csv:String!){ importOrganisationStructure(organisationId:$o, csv:$csv){ teamsCreated employeesCreated errors { message } } }",
            new { o = structure.OrganisationId, csv = "team,manager,employee\ncustomer care,Mila,Noor\n" })).Ok().At("importOrganisationStructure");
        Assert.Equal((0, 1), (import.GetProperty("teamsCreated").GetInt32(), import.GetProperty("employeesCreated").GetInt32()));
        var employees = (await Host.Graph("query($t:ID!){ team(id:$t){ employees { name } } }", new { t = structure.TeamId })).Ok().At("team", "employees");
        Assert.Equal(["Jan", "Noor"], employees.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_name_another_team_has_is_a_conflict_naming_it_and_the_team_keeps_its_name()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var salesId = (await Host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Sales\"){ id } }", new { o = structure.OrganisationId }))
            .Ok().At("addTeam", "id").GetString()!;

        var response = await Host.Graph(Rename, new { t = structure.TeamId, n = "SALES" });

        Assert.Equal("CONFLICT", response.ErrorCode);
        Assert.Contains(salesId, response.FirstError.GetProperty("message").GetString());
        Assert.Equal("Support", (await Host.Graph("query($t:ID!){ team(id:$t){ name } }", new { t = structure.TeamId })).Ok().At("team", "name").GetString());
    }

    [Fact]
    public async Task A_team_may_take_its_own_name_in_another_case()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        Assert.Equal("SUPPORT", (await Host.Graph(Rename, new { t = structure.TeamId, n = "SUPPORT" })).Ok().At("renameTeam", "name").GetString());
        Assert.Equal("SUPPORT", (await Host.Graph(Rename, new { t = structure.TeamId, n = " SUPPORT " })).Ok().At("renameTeam", "name").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_name_is_bad_user_input_naming_the_argument(string name)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var response = await Host.Graph(Rename, new { t = structure.TeamId, n = name });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("name", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_team_the_organisation_does_not_have_is_not_found()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var teamId = $"{structure.OrganisationId}/team-nosuchteam1";
        var response = await Host.Graph(Rename, new { t = teamId, n = "Ghosts" });
        Assert.Equal("NOT_FOUND", response.ErrorCode);
        Assert.Equal($"Team '{teamId}' was not found.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_archived_organisations_team_keeps_its_name()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        (await Host.Graph("mutation($o:ID!){ archiveOrganisation(organisationId:$o){ archived } }", new { o = structure.OrganisationId })).Ok();

        var response = await Host.Graph(Rename, new { t = structure.TeamId, n = "Renamed after archiving" });

        Assert.Equal("CONFLICT", response.ErrorCode);
        Assert.Equal("Support", (await Host.Graph("query($t:ID!){ team(id:$t){ name } }", new { t = structure.TeamId })).Ok().At("team", "name").GetString());
    }

    [Fact]
    public async Task The_audit_log_records_the_rename_by_the_team_without_its_names()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        (await Host.Graph(Rename, new { t = structure.TeamId, n = "Secret Project Name" })).Ok();

        var log = (await Host.Graph("query($o:ID!){ auditLog(organisationId:$o, first: 50){ edges { node { action targetId details } } } }",
            new { o = structure.OrganisationId })).Ok().At("auditLog");
        var entry = log.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(("renameTeam", structure.TeamId), (entry.GetProperty("action").GetString(), entry.GetProperty("targetId").GetString()));
        Assert.DoesNotContain("Secret Project Name", log.GetRawText());
        Assert.Equal($"teamId={structure.TeamId}", entry.GetProperty("details").GetString());
    }
}
