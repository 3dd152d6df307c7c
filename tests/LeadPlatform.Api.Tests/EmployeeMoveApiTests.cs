using System.Text.Json;

namespace LeadPlatform.Api.Tests;

/// <summary><c>moveEmployee</c>: Jan moves from Support (Mila) to Billing (Piet), as an org admin asks.</summary>
[Collection(HostCollection.Name)]
public sealed class EmployeeMoveApiTests(HostFixture fixture)
{
    private const string Move = "mutation($e:ID!,$t:ID!){ moveEmployee(employeeId:$e, teamId:$t){ id team { id name } } }";
    private const string ReadJan = "query($e:ID!){ employee(id:$e){ name currentRecommendation(task:\"Tickets\"){ style } } }";
    private const string Assess = "mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: SOME, commitment: HIGH){ task } }";

    private TestHost Host => fixture.Host;

    private sealed record World(Scenario.Structure Support, string BillingId, string PietId, string OrgAdminKey, string MilaKey, string PietKey);

    private async Task<World> SupportAndBilling()
    {
        var support = await Scenario.CreateOrganisationWithTeam(Host);
        var billingId = (await Host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Billing\"){ id } }", new { o = support.OrganisationId }))
            .Ok().At("addTeam", "id").GetString()!;
        var pietId = (await Host.Graph("mutation($t:ID!){ addManager(teamId:$t, name:\"Piet\"){ id } }", new { t = billingId }))
            .Ok().At("addManager", "id").GetString()!;
        return new World(support, billingId, pietId,
            await Scenario.KeyFor(Host, support.OrganisationId, "ORG_ADMIN", null),
            await Scenario.KeyFor(Host, support.OrganisationId, "MANAGER", support.ManagerId),
            await Scenario.KeyFor(Host, support.OrganisationId, "MANAGER", pietId));
    }

    private async Task<string[]> Members(string teamId) =>
        [.. (await Host.Graph("query($t:ID!){ team(id:$t){ employees { id } } }", new { t = teamId })).Ok().At("team", "employees")
            .EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    [Fact]
    public async Task After_the_move_the_new_manager_reads_and_assesses_him_and_the_former_one_is_refused()
    {
        var world = await SupportAndBilling();
        var jan = world.Support.EmployeeId;
        // Mila reads Jan first, so this gateway remembers Support as his team.
        (await Host.Graph(ReadJan, new { e = jan }, world.MilaKey)).Ok();

        var moved = (await Host.Graph(Move, new { e = jan, t = world.BillingId }, world.OrgAdminKey)).Ok().At("moveEmployee");

        Assert.Equal((world.BillingId, "Billing"), (moved.GetProperty("team").GetProperty("id").GetString(), moved.GetProperty("team").GetProperty("name").GetString()));
        Assert.Empty(await Members(world.Support.TeamId));
        Assert.Equal([jan], await Members(world.BillingId));
        Assert.Equal("Jan", (await Host.Graph(ReadJan, new { e = jan }, world.PietKey)).Ok().At("employee", "name").GetString());
        (await Host.Graph(Assess, new { e = jan }, world.PietKey)).Ok();
        // To Mila he is now as anyone outside her team: not found, though this gateway still remembers him in Support.
        Assert.Equal("NOT_FOUND", (await Host.Graph(ReadJan, new { e = jan }, world.MilaKey)).ErrorCode);
        Assert.Equal("FORBIDDEN", (await Host.Graph(Assess, new { e = jan }, world.MilaKey)).ErrorCode);
        Assert.Equal("FORBIDDEN", (await Host.Graph("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Grow\"){ id } }", new { e = jan }, world.MilaKey)).ErrorCode);
    }

    [Fact]
    public async Task Only_those_who_manage_the_structure_move_people_and_only_to_their_own_organisations_teams()
    {
        var world = await SupportAndBilling();
        var jan = world.Support.EmployeeId;
        var other = await Scenario.CreateOrganisationWithTeam(Host, "Globex");

        Assert.Equal("FORBIDDEN", (await Host.Graph(Move, new { e = jan, t = world.BillingId }, world.PietKey)).ErrorCode);
        var elsewhere = await Host.Graph(Move, new { e = jan, t = other.TeamId }, world.OrgAdminKey);
        Assert.Equal("NOT_FOUND", elsewhere.ErrorCode);
        Assert.Equal($"Team '{other.TeamId}' was not found.", elsewhere.FirstError.GetProperty("message").GetString());
        // Globex's admin may not take Jan into Globex either.
        var globexAdmin = await Scenario.KeyFor(Host, other.OrganisationId, "ORG_ADMIN", null);
        Assert.Equal("FORBIDDEN", (await Host.Graph(Move, new { e = jan, t = other.TeamId }, globexAdmin)).ErrorCode);
        var notATeam = await Host.Graph(Move, new { e = jan, t = world.Support.ManagerId }, world.OrgAdminKey);
        Assert.Equal("NOT_FOUND", notATeam.ErrorCode);

        Assert.Equal([jan], await Members(world.Support.TeamId));
        Assert.Equal([other.EmployeeId], await Members(other.TeamId));
    }

    [Fact]
    public async Task An_archived_organisation_moves_nobody()
    {
        var world = await SupportAndBilling();
        (await Host.Graph("mutation($o:ID!){ archiveOrganisation(organisationId:$o){ archived } }", new { o = world.Support.OrganisationId })).Ok();

        var response = await Host.Graph(Move, new { e = world.Support.EmployeeId, t = world.BillingId }, world.OrgAdminKey);

        Assert.Equal("CONFLICT", response.ErrorCode);
        Assert.Equal([world.Support.EmployeeId], await Members(world.Support.TeamId));
    }

    [Fact]
    public async Task His_data_export_after_the_move_names_the_team_he_left_and_which_manager_logged_each_talk()
    {
        var world = await SupportAndBilling();
        var jan = world.Support.EmployeeId;
        const string Log = "mutation($m:ID!,$e:ID!,$n:String!){ logInteraction(managerId:$m, employeeId:$e, hat: COACH, note:$n) }";
        (await Host.Graph(Log, new { m = world.Support.ManagerId, e = jan, n = "With Mila" }, world.MilaKey)).Ok();
        (await Host.Graph(Move, new { e = jan, t = world.BillingId }, world.OrgAdminKey)).Ok();
        (await Host.Graph(Log, new { m = world.PietId, e = jan, n = "With Piet" }, world.PietKey)).Ok();

        var export = (await Host.Graph("mutation($e:ID!){ exportEmployeeData(employeeId:$e){ document } }", new { e = jan }, world.OrgAdminKey))
            .Ok().At("exportEmployeeData", "document").GetString()!;

        using var document = JsonDocument.Parse(export);
        var profile = document.RootElement.GetProperty("profile");
        Assert.Equal(world.BillingId, profile.GetProperty("team").GetProperty("id").GetString());
        Assert.Equal([world.Support.TeamId], profile.GetProperty("formerTeamIds").EnumerateArray().Select(t => t.GetString()!));
        var talks = document.RootElement.GetProperty("interactions").EnumerateArray()
            .Select(i => (i.GetProperty("managerId").GetString(), i.GetProperty("note").GetString())).ToArray();
        Assert.Equal([(world.Support.ManagerId, "With Mila"), (world.PietId, "With Piet")], talks.OrderBy(t => t.Item2));
    }

    [Fact]
    public async Task Importing_the_first_file_again_after_a_move_leaves_him_where_he_went_and_says_so()
    {
        var organisationId = (await Host.Graph("mutation{ createOrganisation(name:\"Initech\"){ id } }")).Ok().At("createOrganisation", "id").GetString()!;
        const string Import = "mutation($o:ID!,$csv:String!){ importOrganisationStructure(organisationId:$o, csv:$csv){ employeesCreated errors { line message } } }";
        const string Csv = "team,manager,employee\nSupport,Mila,Jan\nSupport,Mila,Noor\nBilling,Piet,Eva\n";
        (await Host.Graph(Import, new { o = organisationId, csv = Csv })).Ok();
        var teams = (await Host.Graph("query($o:ID!){ organisation(id:$o){ teams { id name employees { id name } } } }", new { o = organisationId }))
            .Ok().At("organisation", "teams").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.Clone());
        var billingId = teams["Billing"].GetProperty("id").GetString()!;
        var jan = teams["Support"].GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Jan").GetProperty("id").GetString()!;
        (await Host.Graph(Move, new { e = jan, t = billingId })).Ok();

        var again = (await Host.Graph(Import, new { o = organisationId, csv = Csv })).Ok().At("importOrganisationStructure");

        Assert.Equal(0, again.GetProperty("employeesCreated").GetInt32());
        var error = Assert.Single(again.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal($"Jan has moved to team '{billingId}' since an earlier import; the row was skipped.", error.GetProperty("message").GetString());
        // Billing keeps Eva and Jan, once each; Support only Noor.
        Assert.Equal([teams["Billing"].GetProperty("employees")[0].GetProperty("id").GetString()!, jan], await Members(billingId));
        Assert.Equal(["Noor"], (await Host.Graph("query($t:ID!){ team(id:$t){ employees { name } } }", new { t = teams["Support"].GetProperty("id").GetString() }))
            .Ok().At("team", "employees").EnumerateArray().Select(e => e.GetProperty("name").GetString()!));
    }

    [Fact]
    public async Task The_audit_log_records_the_move_by_the_employee_and_names_no_one()
    {
        var world = await SupportAndBilling();
        (await Host.Graph(Move, new { e = world.Support.EmployeeId, t = world.BillingId }, world.OrgAdminKey)).Ok();

        var log = (await Host.Graph("query($o:ID!){ auditLog(organisationId:$o, first: 50){ edges { node { action targetId } } } }",
            new { o = world.Support.OrganisationId })).Ok().At("auditLog");
        var entry = log.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(("moveEmployee", world.Support.EmployeeId), (entry.GetProperty("action").GetString(), entry.GetProperty("targetId").GetString()));
        Assert.DoesNotContain("Jan", log.GetRawText());
    }
}
