using System.Text.Json;
using LeadPlatform.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// Every query and mutation of the contract × the five roles × own versus foreign tenant. Allowed calls
/// return data; refused calls return FORBIDDEN or NOT_FOUND and no data.
/// </summary>
[Collection(TenantWorldCollection.Name)]
public sealed class AccessMatrixTests(TenantWorld world)
{
    private static readonly string[] Roles = ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN", "MANAGER", "EMPLOYEE"];

    /// <summary>An operation: the document, its variables for a side, the field to check, and who may use it on their own side.</summary>
    private sealed record Operation(string Field, string Document, Func<TenantWorld, TenantWorld.Side, Task<object>> Variables, string[] AllowedOnOwnSide);

    private static readonly Operation[] Operations =
    [
        new("me", "{ me { role } }", (_, _) => Task.FromResult<object>(new { }), Roles),
        new("recommendStyle", "{ recommendStyle(competence: LOW, commitment: HIGH){ style } }", (_, _) => Task.FromResult<object>(new { }), Roles),
        new("analyseQuestion", "{ analyseQuestion(text: \"Wat wil je bereiken?\"){ kind } }", (_, _) => Task.FromResult<object>(new { }), Roles),
        new("consultancy", "query($id:ID!){ consultancy(id:$id){ id name } }", (_, s) => Vars(new { id = s.ConsultancyId }),
            ["PLATFORM_ADMIN", "CONSULTANT"]),
        new("organisation", "query($id:ID!){ organisation(id:$id){ id name } }", (_, s) => Vars(new { id = s.OrganisationId }), Roles),
        new("organisation", "query($id:ID!){ organisation(id:$id){ managedBy { id name } } }", (_, s) => Vars(new { id = s.OrganisationId }), Roles),
        new("team", "query($id:ID!){ team(id:$id){ id name } }", (_, s) => Vars(new { id = s.TeamId }), Roles),
        new("manager", "query($id:ID!){ manager(id:$id){ id name } }", (_, s) => Vars(new { id = s.ManagerId }), Roles),
        new("employee", "query($id:ID!){ employee(id:$id){ id name } }", (_, s) => Vars(new { id = s.EmployeeId }), Roles),
        new("employee", "query($id:ID!){ employee(id:$id){ id assessments { task } currentRecommendation(task:\"Tickets\"){ style } } }",
            (_, s) => Vars(new { id = s.EmployeeId }), ["PLATFORM_ADMIN", "MANAGER", "EMPLOYEE"]),
        // The platform's directory of tenants: the platform admin's alone, whoever's tenant it lists.
        new("organisations", "{ organisations(first: 5){ totalCount edges { node { id } } } }", (_, _) => Vars(new { }), ["PLATFORM_ADMIN"]),
        new("consultancies", "{ consultancies(first: 5){ totalCount edges { node { id } } } }", (_, _) => Vars(new { }), ["PLATFORM_ADMIN"]),
        new("createConsultancy", "mutation{ createConsultancy(name:\"New\"){ id } }", (_, _) => Vars(new { }), ["PLATFORM_ADMIN"]),
        new("createOrganisation", "mutation($c:ID){ createOrganisation(name:\"New client\", consultancyId:$c){ id } }",
            (_, s) => Vars(new { c = s.ConsultancyId }), ["PLATFORM_ADMIN", "CONSULTANT"]),
        // Team names are unique in an organisation: each call names a new one.
        new("addTeam", "mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", (_, s) => Vars(new { o = s.OrganisationId, n = NewTeamName() }),
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        // The side's own team keeps its name: each call renames a new team.
        new("renameTeam", "mutation($t:ID!,$n:String!){ renameTeam(teamId:$t, name:$n){ id } }",
            async (w, s) => new { t = await w.Admin("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = s.OrganisationId, n = NewTeamName() }, "addTeam", "id"), n = NewTeamName() },
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        new("addManager", "mutation($t:ID!){ addManager(teamId:$t, name:\"New manager\"){ id } }",
            async (w, s) => new { t = await w.Admin("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = s.OrganisationId, n = NewTeamName() }, "addTeam", "id") },
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        new("addEmployee", "mutation($t:ID!){ addEmployee(teamId:$t, name:\"New employee\"){ id } }", (_, s) => Vars(new { t = s.TeamId }),
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        // Each call moves a new employee of the side into a new team of the side.
        new("moveEmployee", "mutation($e:ID!,$t:ID!){ moveEmployee(employeeId:$e, teamId:$t){ id } }",
            async (w, s) => new
            {
                e = await w.Admin("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Mover\"){ id } }", new { t = s.TeamId }, "addEmployee", "id"),
                t = await w.Admin("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = s.OrganisationId, n = NewTeamName() }, "addTeam", "id"),
            },
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        new("assessEmployee", "mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Planning\", competence: SOME, commitment: HIGH){ task } }",
            (_, s) => Vars(new { e = s.EmployeeId }), ["PLATFORM_ADMIN", "MANAGER"]),
        new("setTeamCrisis", "mutation($t:ID!){ setTeamCrisis(teamId:$t, active:false){ id } }", (_, s) => Vars(new { t = s.TeamId }),
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN", "MANAGER"]),
        new("coachingSession", "query($id:ID!){ coachingSession(id:$id){ id stage startedAt actions { id completed } } }",
            async (w, s) => new { id = await w.StartSession(s) }, Roles),
        new("startCoachingSession", "mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Grow\"){ id } }",
            (_, s) => Vars(new { e = s.EmployeeId }), ["MANAGER"]),
        new("recordQuestion", "mutation($s:ID!){ recordQuestion(sessionId:$s, text:\"What would you like to achieve?\"){ kind } }",
            async (w, s) => new { s = await w.StartSession(s) }, ["MANAGER"]),
        new("advanceSession", "mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Goal noted\"){ stage } }",
            async (w, s) => new { s = await w.StartSession(s) }, ["MANAGER"]),
        new("addAction", "mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Call the client\", dueDate:$d){ id } }",
            async (w, s) => new { s = await w.SessionInWill(s), d = TenantWorld.InAWeek }, ["MANAGER"]),
        new("completeAction", "mutation($a:ID!){ completeAction(actionId:$a){ completed } }",
            async (w, s) => new { a = await w.NewAction(s) }, ["MANAGER", "EMPLOYEE"]),
        new("logInteraction", "mutation($m:ID!,$e:ID!){ logInteraction(managerId:$m, employeeId:$e, hat: COACH, note:\"Check-in\") }",
            (_, s) => Vars(new { m = s.ManagerId, e = s.EmployeeId }), ["MANAGER"]),
        new("recordTeamPulse", "mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 3, engagement: 4){ id } }",
            (_, s) => Vars(new { t = s.TeamId }), ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN", "MANAGER"]),
        new("startTeamSession", "mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Fewer reopened tickets\"){ id } }",
            (_, s) => Vars(new { t = s.TeamId }), ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN", "MANAGER"]),
        new("addTeamIdea", "mutation($s:ID!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:\"Checklist before closing\", ownerId:$o){ id } }",
            async (w, s) => new
            {
                s = await w.Admin("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Ideas\"){ id } }", new { t = s.TeamId }, "startTeamSession", "id"),
                o = s.EmployeeId,
            }, ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN", "MANAGER"]),
        new("assessSelf", "mutation{ assessSelf(task:\"Tickets\", competence: SOME, commitment: HIGH){ task } }",
            (_, _) => Vars(new { }), ["EMPLOYEE"]),
        new("issueApiKey", "mutation($t:ID!,$s:ID){ issueApiKey(tenantId:$t, role: EMPLOYEE, subjectId:$s){ id } }",
            (_, s) => Vars(new { t = s.OrganisationId, s = s.EmployeeId }), ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        new("revokeApiKey", "mutation($k:ID!){ revokeApiKey(keyId:$k) }",
            async (w, s) => new { k = KeyId(await w.Issue(s.OrganisationId, "EMPLOYEE", s.EmployeeId)) }, ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        // GDPR: the organisation's admins and the platform admin; never a consultant (no personal data), manager or employee.
        new("exportEmployeeData", "mutation($e:ID!){ exportEmployeeData(employeeId:$e){ employeeId document } }",
            (_, s) => Vars(new { e = s.EmployeeId }), ["PLATFORM_ADMIN", "ORG_ADMIN"]),
        new("eraseEmployee", "mutation($e:ID!){ eraseEmployee(employeeId:$e) }",
            async (w, s) => new { e = await w.Admin("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Leaving soon\"){ id } }", new { t = s.TeamId }, "addEmployee", "id") },
            ["PLATFORM_ADMIN", "ORG_ADMIN"]),
        // Programmes: whoever manages the client organisation (its consultant, its org admin), and the platform admin.
        new("recordProgramme", TenantWorld.RecordProgrammeMutation, (_, s) => Vars(new { o = s.OrganisationId, m = s.ManagerId, d = TenantWorld.InAWeek }),
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        new("deleteProgramme", "mutation($p:ID!){ deleteProgramme(programmeId:$p) }", async (w, s) => new { p = await w.RecordProgramme(s) },
            ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        new("organisation", "query($id:ID!){ organisation(id:$id){ programmes { id tracks { manager { id } track } comparison { all { managers } } } } }",
            async (w, s) => { await w.RecordProgramme(s); return new { id = s.OrganisationId }; }, ["PLATFORM_ADMIN", "CONSULTANT", "ORG_ADMIN"]),
        new("consultancy", "query($id:ID!){ consultancy(id:$id){ clientComparison { clients { programme { comparison { trainingOnly { managers } } } } } } }",
            (_, s) => Vars(new { id = s.ConsultancyId }), ["PLATFORM_ADMIN", "CONSULTANT"]),
    ];

    public static TheoryData<int, string, bool> Cases()
    {
        var data = new TheoryData<int, string, bool>();
        for (var i = 0; i < Operations.Length; i++)
            foreach (var role in Roles)
                foreach (var foreign in new[] { false, true })
                    data.Add(i, role, foreign);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Role_on_own_or_foreign_tenant_gets_exactly_what_it_may(int operation, string role, bool foreign)
    {
        var op = Operations[operation];
        var side = foreign ? world.B : world.A;
        // assessSelf acts on the caller's own subject: there is no foreign tenant to name.
        var tenantFree = op.Field is "me" or "recommendStyle" or "analyseQuestion" or "createConsultancy" or "assessSelf" or "organisations" or "consultancies";
        var allowed = op.AllowedOnOwnSide.Contains(role) && (!foreign || role == "PLATFORM_ADMIN" || tenantFree);

        var response = await world.Host.Graph(op.Document, await op.Variables(world, side), world.KeyOf(role));

        if (allowed)
        {
            response.Ok();
            Assert.NotEqual(JsonValueKind.Null, response.Data.GetProperty(op.Field).ValueKind);
        }
        else
        {
            Assert.True(response.ErrorCode is "FORBIDDEN" or "NOT_FOUND", $"{op.Field} as {role} (foreign={foreign}): {response.Raw}");
            Assert.True(!response.Json.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null
                || data.GetProperty(op.Field).ValueKind == JsonValueKind.Null, response.Raw);
        }
    }

    [Theory]
    [InlineData("ORG_ADMIN")]
    [InlineData("MANAGER")]
    [InlineData("EMPLOYEE")]
    public async Task A_clients_own_people_see_who_manages_them_but_not_the_consultancy_itself(string role)
    {
        var organisation = (await world.Host.Graph("query($id:ID!){ organisation(id:$id){ managedBy { id name } } }", new { id = world.A.OrganisationId }, world.KeyOf(role)))
            .Ok().At("organisation", "managedBy");
        var consultancy = (await world.Host.Graph("query($id:ID!){ consultancy(id:$id){ name } }", new { id = world.A.ConsultancyId })).Ok().At("consultancy");
        Assert.Equal((world.A.ConsultancyId, consultancy.GetProperty("name").GetString()),
            (organisation.GetProperty("id").GetString(), organisation.GetProperty("name").GetString()));

        var refused = await world.Host.Graph("query($id:ID!){ consultancy(id:$id){ organisations { id } } }", new { id = world.A.ConsultancyId }, world.KeyOf(role));
        Assert.True(refused.ErrorCode is "FORBIDDEN" or "NOT_FOUND", refused.Raw);
    }

    [Fact]
    public async Task A_direct_customer_is_managed_by_nobody()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(world.Host);
        var organisation = (await world.Host.Graph("query($id:ID!){ organisation(id:$id){ managedBy { id } } }", new { id = structure.OrganisationId })).Ok().At("organisation");
        Assert.Equal(JsonValueKind.Null, organisation.GetProperty("managedBy").ValueKind);
    }

    [Fact]
    public async Task A_consultant_who_leaves_out_its_consultancy_is_told_which_id_to_give()
    {
        var response = await world.Host.Graph("mutation{ createOrganisation(name:\"Direct customer\"){ id } }", key: world.KeyOf("CONSULTANT"));
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("consultancyId", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains(world.A.ConsultancyId, response.FirstError.GetProperty("message").GetString());
        Assert.True(!response.Json.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, response.Raw);
    }

    [Fact]
    public async Task A_role_refused_a_field_is_named_as_the_api_spells_it()
    {
        var response = await world.Host.Graph("mutation{ createConsultancy(name:\"Not mine\"){ id } }", key: world.KeyOf("ORG_ADMIN"));
        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Equal("The role ORG_ADMIN may not use 'createConsultancy'.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_refused_structure_change_changes_nothing()
    {
        int Count(GraphResponse r) => r.Ok().At("team", "employees").GetArrayLength();
        var before = Count(await world.Host.Graph("query($t:ID!){ team(id:$t){ employees { id } } }", new { t = world.B.TeamId }));
        var refused = await world.Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Intruder\"){ id } }", new { t = world.B.TeamId },
            world.KeyOf("ORG_ADMIN"));
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        Assert.Equal(before, Count(await world.Host.Graph("query($t:ID!){ team(id:$t){ employees { id } } }", new { t = world.B.TeamId })));
    }

    [Fact]
    public async Task A_manager_may_not_assess_a_member_of_another_team_of_the_organisation_nor_an_unknown_employee()
    {
        var otherTeam = await world.Admin("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Neighbours\"){ id } }", new { o = world.A.OrganisationId }, "addTeam", "id");
        var neighbour = await world.Admin("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Neighbour\"){ id } }", new { t = otherTeam }, "addEmployee", "id");
        const string assess = "mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Planning\", competence: LOW, commitment: LOW){ task } }";
        const string assessments = "query($e:ID!){ employee(id:$e){ assessments { task } } }";

        var refused = await world.Host.Graph(assess, new { e = neighbour }, world.KeyOf("MANAGER"));

        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        Assert.Equal(0, (await world.Host.Graph(assessments, new { e = neighbour })).Ok().At("employee", "assessments").GetArrayLength());
        Assert.Equal("NOT_FOUND", (await world.Host.Graph(assess, new { e = world.A.OrganisationId + "/emp-unknown" }, world.KeyOf("MANAGER"))).ErrorCode);
        // Their own team's member, and anyone's as the platform admin.
        (await world.Host.Graph(assess, new { e = world.A.EmployeeId }, world.KeyOf("MANAGER"))).Ok();
        (await world.Host.Graph(assess, new { e = neighbour })).Ok();
    }

    [Fact]
    public async Task An_employee_this_gateway_reads_through_its_team_is_still_refused_to_a_foreign_tenant()
    {
        const string read = "query($id:ID!){ employee(id:$id){ id name currentRecommendation(task:\"Tickets\"){ style } } }";
        var variables = new { id = world.B.EmployeeId };
        // Read twice on its own side: the gateway now knows its team and reads it there.
        (await world.Host.Graph(read, variables)).Ok();
        (await world.Host.Graph(read, variables)).Ok();
        Assert.NotNull(world.Host.Services.GetRequiredService<EmployeeTeamCache>().Find(world.B.EmployeeId));

        foreach (var role in Roles.Where(role => role != "PLATFORM_ADMIN"))
        {
            var response = await world.Host.Graph(read, variables, world.KeyOf(role));
            Assert.True(response.ErrorCode is "FORBIDDEN" or "NOT_FOUND", $"{role}: {response.Raw}");
            Assert.True(!response.Json.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null
                || data.GetProperty("employee").ValueKind == JsonValueKind.Null, response.Raw);
        }
    }

    [Fact]
    public async Task Lists_show_only_what_the_caller_may_see()
    {
        var otherTeam = await world.Admin("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Other team\"){ id } }", new { o = world.A.OrganisationId }, "addTeam", "id");
        await world.Admin("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Colleague\"){ id } }", new { t = otherTeam }, "addEmployee", "id");

        var asManager = (await world.Host.Graph("query($o:ID!){ organisation(id:$o){ teams { id employees { id } } } }",
            new { o = world.A.OrganisationId }, world.KeyOf("MANAGER"))).Ok().At("organisation", "teams");
        Assert.Equal([world.A.TeamId], asManager.EnumerateArray().Select(t => t.GetProperty("id").GetString()));

        var asEmployee = (await world.Host.Graph("query($t:ID!){ team(id:$t){ employees { id } } }",
            new { t = world.A.TeamId }, world.KeyOf("EMPLOYEE"))).Ok().At("team", "employees");
        Assert.Equal([world.A.EmployeeId], asEmployee.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var key = await world.Issue(world.A.OrganisationId, "ORG_ADMIN", null);
        Assert.Equal("ORG_ADMIN", (await world.Host.Graph("{ me { role } }", key: key)).Ok().At("me", "role").GetString());
        Assert.Equal("true", await world.Admin("mutation($k:ID!){ revokeApiKey(keyId:$k) }", new { k = KeyId(key) }, "revokeApiKey"));
        Assert.Equal(401, (await world.Host.Graph("{ me { role } }", key: key)).Status);
    }

    [Theory]
    [InlineData("MANAGER")]
    [InlineData("EMPLOYEE")]
    public async Task Managers_and_employees_issue_no_keys(string role)
    {
        var response = await world.Host.Graph("mutation($t:ID!,$s:ID){ issueApiKey(tenantId:$t, role: EMPLOYEE, subjectId:$s){ key } }",
            new { t = world.A.OrganisationId, s = world.A.EmployeeId }, world.KeyOf(role));
        Assert.Equal("FORBIDDEN", response.ErrorCode);
    }

    [Fact]
    public async Task An_org_admin_cannot_mint_a_platform_admin_or_consultant_key()
    {
        foreach (var (tenant, role) in new[] { ("platform", "PLATFORM_ADMIN"), (world.A.ConsultancyId, "CONSULTANT") })
        {
            var response = await world.Host.Graph("mutation($t:ID!,$r:Role!){ issueApiKey(tenantId:$t, role:$r){ key } }",
                new { t = tenant, r = role }, world.KeyOf("ORG_ADMIN"));
            Assert.Equal("FORBIDDEN", response.ErrorCode);
        }
    }

    [Fact]
    public async Task A_key_must_name_a_subject_of_its_own_tenant()
    {
        var response = await world.Host.Graph("mutation($t:ID!,$s:ID){ issueApiKey(tenantId:$t, role: EMPLOYEE, subjectId:$s){ key } }",
            new { t = world.A.OrganisationId, s = world.B.EmployeeId });
        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal("subjectId", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    private static Task<object> Vars(object variables) => Task.FromResult(variables);

    private static string NewTeamName() => $"Team {Guid.NewGuid():N}";

    private static string KeyId(string key) => key.Split('.')[1];
}
