using System.Text.Json;

namespace LeadPlatform.Api.Tests;

[Collection(HostCollection.Name)]
public sealed class StructureApiTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Consultancy_client_team_manager_employee_and_assessment_read_back_through_the_graph()
    {
        var consultancyId = (await Host.Graph("mutation{ createConsultancy(name:\"Coach & Co\"){ id } }")).Ok().At("createConsultancy", "id").GetString();
        var organisation = (await Host.Graph("mutation($c:ID){ createOrganisation(name:\"Acme\", consultancyId:$c){ id consultancy { id name } } }",
            new { c = consultancyId })).Ok().At("createOrganisation");
        Assert.Equal("Coach & Co", organisation.GetProperty("consultancy").GetProperty("name").GetString());
        var organisationId = organisation.GetProperty("id").GetString();
        var teamId = (await Host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Klantenservice\"){ id } }", new { o = organisationId }))
            .Ok().At("addTeam", "id").GetString();
        await Host.Graph("mutation($t:ID!){ addManager(teamId:$t, name:\"Mila\"){ id } }", new { t = teamId });
        var employeeId = (await Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Ömer Yıldız\"){ id } }", new { t = teamId }))
            .Ok().At("addEmployee", "id").GetString();
        var assessment = (await Host.Graph(
            "mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"CRM\", competence: HIGH, commitment: HIGH){ task developmentLevel recommendation { style } assessedAt } }",
            new { e = employeeId })).Ok().At("assessEmployee");
        Assert.Equal("D4", assessment.GetProperty("developmentLevel").GetString());

        var consultancy = (await Host.Graph("""
            query($c:ID!){ consultancy(id:$c){ name organisations { name teams { name manager { name team { name } }
              employees { name team { name } assessments { task competence commitment developmentLevel recommendation { style } }
                          currentRecommendation(task:"crm") { style crisisOverride } } } } } }
            """, new { c = consultancyId })).Ok().At("consultancy");
        var team = consultancy.GetProperty("organisations")[0].GetProperty("teams")[0];
        Assert.Equal("Klantenservice", team.GetProperty("name").GetString());
        Assert.Equal("Mila", team.GetProperty("manager").GetProperty("name").GetString());
        var employee = team.GetProperty("employees")[0];
        Assert.Equal("Ömer Yıldız", employee.GetProperty("name").GetString());
        Assert.Equal("DELEGATING", employee.GetProperty("currentRecommendation").GetProperty("style").GetString());
        Assert.Equal("HIGH", employee.GetProperty("assessments")[0].GetProperty("competence").GetString());
    }

    [Theory]
    [InlineData("organisation", "org-doesnotexist1")]
    [InlineData("organisation", "not an id")]
    [InlineData("consultancy", "cons-nope")]
    [InlineData("team", "org-x/team-nope")]
    [InlineData("team", "../../etc/passwd")]
    [InlineData("manager", "org-x/mgr-nope")]
    [InlineData("employee", "org-x/emp-nope")]
    [InlineData("employee", "org-x/team-wrongkind")]
    public async Task Unknown_or_malformed_ids_are_not_found_with_no_data(string field, string id)
    {
        var response = await Host.Graph($"query($id:ID!){{ {field}(id:$id){{ id }} }}", new { id });
        Assert.Equal("NOT_FOUND", response.ErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_names_are_bad_user_input_naming_the_argument(string name)
    {
        var response = await Host.Graph("mutation($n:String!){ createOrganisation(name:$n){ id } }", new { n = name });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("name", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Names_over_200_characters_are_bad_user_input()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var response = await Host.Graph("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }",
            new { t = structure.TeamId, n = new string('x', 201) });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        var team = (await Host.Graph("query($t:ID!){ team(id:$t){ employees { id } } }", new { t = structure.TeamId })).Ok().At("team");
        Assert.Equal(1, team.GetProperty("employees").GetArrayLength());
    }

    [Fact]
    public async Task Assessing_an_unknown_employee_is_not_found()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var response = await Host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"x\", competence: LOW, commitment: LOW){ task } }",
            new { e = structure.OrganisationId + "/emp-unknown" });
        Assert.Equal("NOT_FOUND", response.ErrorCode);
    }

    /// <summary>Forms send "" for a field left empty: an optional reason left blank is no reason, not bad input.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_crisis_started_or_lifted_with_a_blank_reason_has_no_reason(bool active)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var team = (await Host.Graph("mutation($t:ID!,$a:Boolean!){ setTeamCrisis(teamId:$t, active:$a, reason:\"  \"){ crisis crisisReason } }",
            new { t = structure.TeamId, a = active })).Ok().At("setTeamCrisis");
        Assert.Equal(active, team.GetProperty("crisis").GetBoolean());
        Assert.Equal(JsonValueKind.Null, team.GetProperty("crisisReason").ValueKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(105)]
    public async Task Asking_for_a_number_of_pulse_readings_a_team_cannot_have_is_bad_user_input(int last)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var response = await Host.Graph("query($t:ID!,$l:Int!){ team(id:$t){ pulse(last:$l){ energy } } }", new { t = structure.TeamId, l = last });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("last", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Key_errors_name_roles_as_the_api_spells_them()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var response = await Host.Graph("mutation($o:ID!){ issueApiKey(tenantId:$o, role: ORG_ADMIN, subjectId:\"x\"){ id } }", new { o = structure.OrganisationId });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Contains("must be empty for ORG_ADMIN", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Assessing_with_an_empty_task_is_bad_user_input()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var response = await Host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"\", competence: LOW, commitment: LOW){ task } }",
            new { e = structure.EmployeeId });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("task", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_second_team_with_a_name_the_organisation_has_is_a_conflict_and_nothing_is_made()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host); // its team is "Support"
        var response = await Host.Graph("mutation($o:ID!){ addTeam(organisationId:$o, name:\"support\"){ id } }", new { o = structure.OrganisationId });
        Assert.Equal("CONFLICT", response.ErrorCode);
        Assert.Contains(structure.TeamId, response.FirstError.GetProperty("message").GetString());
        var teams = (await Host.Graph("query($o:ID!){ organisation(id:$o){ teams { id } } }", new { o = structure.OrganisationId })).Ok().At("organisation", "teams");
        Assert.Equal([structure.TeamId], teams.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("mutation($x:ID!){ completeAction(actionId:$x){ id } }", "actionId", "Garbage")]
    [InlineData("mutation($x:ID!){ advanceSession(sessionId:$x){ id } }", "sessionId", "../sessions/1")]
    [InlineData("mutation($x:ID!){ logInteraction(managerId:$x, employeeId:$x, hat: COACH) }", "managerId", "Mila")]
    public async Task A_mutation_naming_an_id_the_api_never_gives_out_is_not_found_not_forbidden(string mutation, string argument, string id)
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var managerKey = await Scenario.KeyFor(Host, structure.OrganisationId, "MANAGER", structure.ManagerId);

        var response = await Host.Graph(mutation, new { x = id }, managerKey);

        Assert.Equal("NOT_FOUND", response.ErrorCode);
        Assert.Equal($"'{id}' ({argument}) is not an id this API gives out: nothing was found.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_role_that_may_not_use_a_mutation_is_told_so_whatever_id_it_names()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var employeeKey = await Scenario.KeyFor(Host, structure.OrganisationId, "EMPLOYEE", structure.EmployeeId);
        var response = await Host.Graph("mutation{ eraseEmployee(employeeId:\"garbage\") }", key: employeeKey);
        Assert.Equal("FORBIDDEN", response.ErrorCode);
    }

    [Fact]
    public async Task Completing_an_action_that_does_not_exist_is_not_found_naming_that_action()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var managerKey = await Scenario.KeyFor(Host, structure.OrganisationId, "MANAGER", structure.ManagerId);
        var actionId = $"{structure.OrganisationId}/act-nosuchsession-x1";
        var response = await Host.Graph("mutation($a:ID!){ completeAction(actionId:$a){ id } }", new { a = actionId }, managerKey);
        Assert.Equal("NOT_FOUND", response.ErrorCode);
        Assert.Equal($"Action '{actionId}' was not found.", response.FirstError.GetProperty("message").GetString());
    }
}
