using LeadPlatform.Api.Tests.Coaching;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// <c>idempotencyKey</c> on <c>createConsultancy</c>, <c>createOrganisation</c>, <c>addTeam</c>, <c>addManager</c>, <c>addEmployee</c>, <c>startTeamSession</c>,
/// <c>addTeamIdea</c>, <c>recordTeamPulse</c>, <c>recordQuestion</c> and <c>recordProgramme</c>: a request sent twice with its key makes one
/// thing; bad keys are refused; another tenant's consultant, admin or manager is refused with a key.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RetriedStructureMutationTests(HostFixture fixture)
{
    private const string CreateConsultancy = "mutation($k:String){ createConsultancy(name:\"Coach & Co\", idempotencyKey:$k){ id } }";
    private const string CreateOrganisation = "mutation($c:ID,$k:String){ createOrganisation(name:\"Acme\", consultancyId:$c, idempotencyKey:$k){ id } }";
    private const string AddTeam = "mutation($o:ID!,$k:String){ addTeam(organisationId:$o, name:\"Sales\", idempotencyKey:$k){ id } }";
    private const string AddManager = "mutation($t:ID!,$k:String){ addManager(teamId:$t, name:\"Mila\", idempotencyKey:$k){ id } }";
    private const string AddEmployee = "mutation($t:ID!,$k:String){ addEmployee(teamId:$t, name:\"Jan\", idempotencyKey:$k){ id } }";
    private const string StartTeamSession = "mutation($t:ID!,$k:String){ startTeamSession(teamId:$t, topic:\"Fewer reopened tickets\", idempotencyKey:$k){ id } }";
    private const string AddTeamIdea = "mutation($s:ID!,$o:ID!,$k:String){ addTeamIdea(teamSessionId:$s, text:\"Checklist\", ownerId:$o, idempotencyKey:$k){ id } }";
    private const string RecordPulse = "mutation($t:ID!,$k:String){ recordTeamPulse(teamId:$t, energy: 3, engagement: 4, idempotencyKey:$k){ id } }";
    private const string RecordQuestion = "mutation($s:ID!,$k:String){ recordQuestion(sessionId:$s, text:\"What would you like to achieve?\", idempotencyKey:$k){ kind } }";

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Consultancies_and_organisations_sent_twice_with_their_keys_are_made_once_and_another_consultant_is_refused()
    {
        var unique = Guid.NewGuid().ToString("N");
        var consultancyIds = await Twice(CreateConsultancy, new { k = $"coach-{unique}" }, "createConsultancy");
        var consultancyId = consultancyIds[0];
        var consultantKey = await KeyFor(consultancyId!, "CONSULTANT");
        var clientIds = new List<string?>();
        for (var i = 0; i < 2; i++)
            clientIds.Add((await Host.Graph(CreateOrganisation, new { c = consultancyId, k = "acme" }, consultantKey)).Ok().At("createOrganisation", "id").GetString());
        var directIds = await Twice(CreateOrganisation, new { c = (string?)null, k = $"direct-{unique}" }, "createOrganisation");
        var otherConsultancyId = (await Host.Graph(CreateConsultancy, new { k = (string?)null })).Ok().At("createConsultancy", "id").GetString()!;
        var otherConsultantKey = await KeyFor(otherConsultancyId, "CONSULTANT");
        var refused = await Host.Graph(CreateOrganisation, new { c = consultancyId, k = "acme" }, otherConsultantKey);
        var refusedConsultancy = await Host.Graph(CreateConsultancy, new { k = $"coach-{unique}" }, otherConsultantKey);

        Assert.Equal(consultancyIds[0], consultancyIds[1]);
        Assert.Equal(clientIds[0], clientIds[1]);
        Assert.Equal(directIds[0], directIds[1]);
        Assert.NotEqual(clientIds[0], directIds[0]);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        Assert.Equal("FORBIDDEN", refusedConsultancy.ErrorCode);
        var clients = (await Host.Graph("query($c:ID!){ consultancy(id:$c){ organisations { id } } }", new { c = consultancyId }, consultantKey))
            .Ok().At("consultancy", "organisations");
        Assert.Equal([clientIds[0]], clients.EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_team_its_manager_and_an_employee_sent_twice_with_their_keys_are_made_once()
    {
        var organisationId = (await Scenario.CreateOrganisationWithTeam(Host)).OrganisationId;

        var teamIds = await Twice(AddTeam, new { o = organisationId, k = "sales" }, "addTeam");
        var teamId = teamIds[0];
        var managerIds = await Twice(AddManager, new { t = teamId, k = "mila" }, "addManager");
        var employeeIds = await Twice(AddEmployee, new { t = teamId, k = "jan" }, "addEmployee");

        Assert.Equal(teamIds[0], teamIds[1]);
        Assert.Equal(managerIds[0], managerIds[1]);
        Assert.Equal(employeeIds[0], employeeIds[1]);
        var organisation = (await Host.Graph("query($o:ID!){ organisation(id:$o){ teams { id manager { id } employees { id } } } }", new { o = organisationId }))
            .Ok().At("organisation");
        var teams = organisation.GetProperty("teams").EnumerateArray().ToArray();
        Assert.Equal(2, teams.Length);
        var sales = teams.Single(t => t.GetProperty("id").GetString() == teamId);
        Assert.Equal(managerIds[0], sales.GetProperty("manager").GetProperty("id").GetString());
        Assert.Equal([employeeIds[0]], sales.GetProperty("employees").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_team_session_an_idea_a_pulse_and_a_question_sent_twice_with_their_keys_are_made_once()
    {
        var people = await CoachingPeople.Create(Host);
        var structure = people.Structure;
        var sessionId = (await Host.Graph("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Plan the handover\"){ id } }",
            new { e = structure.EmployeeId }, people.ManagerKey)).Ok().At("startCoachingSession", "id").GetString()!;

        var teamSessionIds = await Twice(StartTeamSession, new { t = structure.TeamId, k = "retro" }, "startTeamSession");
        var ideaIds = await Twice(AddTeamIdea, new { s = teamSessionIds[0], o = structure.EmployeeId, k = "checklist" }, "addTeamIdea");
        await Twice(RecordPulse, new { t = structure.TeamId, k = "week-48" }, "recordTeamPulse");
        for (var i = 0; i < 2; i++) (await Host.Graph(RecordQuestion, new { s = sessionId, k = "q-1" }, people.ManagerKey)).Ok();

        Assert.Equal(teamSessionIds[0], teamSessionIds[1]);
        Assert.Equal(ideaIds[0], ideaIds[1]);
        var team = (await Host.Graph("query($t:ID!){ team(id:$t){ pulse { energy } teamSessions { id ideas { id } } } }", new { t = structure.TeamId }))
            .Ok().At("team");
        Assert.Equal(1, team.GetProperty("pulse").GetArrayLength());
        var teamSession = Assert.Single(team.GetProperty("teamSessions").EnumerateArray());
        Assert.Equal(ideaIds[0], Assert.Single(teamSession.GetProperty("ideas").EnumerateArray()).GetProperty("id").GetString());
        var questions = (await Host.Graph("query($s:ID!){ coachingSession(id:$s){ questions { text } } }", new { s = sessionId }, people.ManagerKey))
            .Ok().At("coachingSession", "questions");
        Assert.Equal(1, questions.GetArrayLength());
    }

    [Fact]
    public async Task A_bad_key_is_bad_input_and_a_key_reused_with_another_name_is_a_conflict_and_nothing_is_added()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        (await Host.Graph(AddEmployee, new { t = structure.TeamId, k = "jan" })).Ok();

        foreach (var key in new[] { "", "  ", new string('k', 101), "line\nbreak" })
        {
            var refused = await Host.Graph(AddEmployee, new { t = structure.TeamId, k = key });
            Assert.Equal("BAD_USER_INPUT", refused.ErrorCode);
            Assert.Contains("idempotencyKey", refused.FirstError.GetProperty("message").GetString());
        }
        var reused = await Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Sanne\", idempotencyKey:\"jan\"){ id } }", new { t = structure.TeamId });

        Assert.Equal("CONFLICT", reused.ErrorCode);
        var employees = (await Host.Graph("query($t:ID!){ team(id:$t){ employees { name } } }", new { t = structure.TeamId })).Ok().At("team", "employees");
        Assert.Equal(["Jan", "Jan"], employees.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_employee_erased_since_is_not_made_again_by_a_retry_with_its_key()
    {
        var structure = await Scenario.CreateOrganisationWithTeam(Host);
        var employeeId = (await Host.Graph(AddEmployee, new { t = structure.TeamId, k = "jan" })).Ok().At("addEmployee", "id").GetString();
        (await Host.Graph("mutation($e:ID!){ eraseEmployee(employeeId:$e) }", new { e = employeeId })).Ok();

        var retried = await Host.Graph(AddEmployee, new { t = structure.TeamId, k = "jan" });

        Assert.Equal("CONFLICT", retried.ErrorCode);
        Assert.Contains("erased", retried.FirstError.GetProperty("message").GetString());
        var employees = (await Host.Graph("query($t:ID!){ team(id:$t){ employees { id } } }", new { t = structure.TeamId })).Ok().At("team", "employees");
        Assert.Equal([structure.EmployeeId], employees.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_programme_sent_twice_with_its_key_is_recorded_once_and_another_tenant_s_admin_is_refused()
    {
        var people = await CoachingPeople.Create(Host);
        var foreign = await CoachingPeople.Create(Host);
        var own = people.Structure;
        const string Record = "mutation($o:ID!,$m:ID!,$d:Date!,$k:String){ recordProgramme(organisationId:$o, idempotencyKey:$k, "
            + "input:{ name:\"Leading with questions\", trainingDates:[$d], tracks:[{ managerId:$m, track: TRAINING_ONLY }] }){ id } }";
        var inAWeek = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd");
        var variables = new { o = own.OrganisationId, m = own.ManagerId, d = inAWeek, k = "spring-programme" };
        var foreignAdminKey = (await Host.Graph("mutation($t:ID!){ issueApiKey(tenantId:$t, role: ORG_ADMIN){ key } }", new { t = foreign.Structure.OrganisationId }))
            .Ok().At("issueApiKey", "key").GetString()!;

        Assert.Equal("FORBIDDEN", (await Host.Graph(Record, variables, foreignAdminKey)).ErrorCode);
        var first = (await Host.Graph(Record, variables)).Ok().At("recordProgramme", "id").GetString();
        var again = (await Host.Graph(Record, variables)).Ok().At("recordProgramme", "id").GetString();
        var badKey = await Host.Graph(Record, variables with { k = new string('k', 101) });

        Assert.Equal(first, again);
        Assert.Equal(("BAD_USER_INPUT", "idempotencyKey"), (badKey.ErrorCode, badKey.FirstError.GetProperty("extensions").GetProperty("field").GetString()));
        var programmes = (await Host.Graph("query($o:ID!){ organisation(id:$o){ programmes { id } } }", new { o = own.OrganisationId })).Ok().At("organisation", "programmes");
        Assert.Equal([first], programmes.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Another_tenants_admin_and_manager_are_refused_with_a_key_and_nothing_is_made_for_them()
    {
        var people = await CoachingPeople.Create(Host);
        var foreign = await CoachingPeople.Create(Host);
        var own = people.Structure;
        var foreignAdminKey = (await Host.Graph("mutation($t:ID!){ issueApiKey(tenantId:$t, role: ORG_ADMIN){ key } }", new { t = foreign.Structure.OrganisationId }))
            .Ok().At("issueApiKey", "key").GetString()!;
        var teamSessionId = (await Host.Graph(StartTeamSession, new { t = own.TeamId, k = "retro" })).Ok().At("startTeamSession", "id").GetString()!;
        var sessionId = (await Host.Graph("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Plan the handover\"){ id } }",
            new { e = own.EmployeeId }, people.ManagerKey)).Ok().At("startCoachingSession", "id").GetString()!;

        var refused = new[]
        {
            await Host.Graph(AddTeam, new { o = own.OrganisationId, k = "k" }, foreignAdminKey),
            await Host.Graph(AddManager, new { t = own.TeamId, k = "k" }, foreignAdminKey),
            await Host.Graph(AddEmployee, new { t = own.TeamId, k = "k" }, foreignAdminKey),
            await Host.Graph(StartTeamSession, new { t = own.TeamId, k = "retro" }, foreignAdminKey),
            await Host.Graph(AddTeamIdea, new { s = teamSessionId, o = own.EmployeeId, k = "k" }, foreignAdminKey),
            await Host.Graph(RecordPulse, new { t = own.TeamId, k = "k" }, foreignAdminKey),
            await Host.Graph(RecordQuestion, new { s = sessionId, k = "k" }, foreign.ManagerKey),
        };

        Assert.All(refused, r => Assert.Equal("FORBIDDEN", r.ErrorCode));
        var team = (await Host.Graph("query($t:ID!){ team(id:$t){ organisation { teams { id } } employees { id } pulse { energy } teamSessions { ideas { id } } } }",
            new { t = own.TeamId })).Ok().At("team");
        Assert.Equal(1, team.GetProperty("organisation").GetProperty("teams").GetArrayLength());
        Assert.Equal(1, team.GetProperty("employees").GetArrayLength());
        Assert.Equal(0, team.GetProperty("pulse").GetArrayLength());
        Assert.Equal(0, Assert.Single(team.GetProperty("teamSessions").EnumerateArray()).GetProperty("ideas").GetArrayLength());
        var questions = (await Host.Graph("query($s:ID!){ coachingSession(id:$s){ questions { text } } }", new { s = sessionId }, people.ManagerKey))
            .Ok().At("coachingSession", "questions");
        Assert.Equal(0, questions.GetArrayLength());
    }

    private async Task<string> KeyFor(string tenantId, string role) =>
        (await Host.Graph("mutation($t:ID!,$r:Role!){ issueApiKey(tenantId:$t, role:$r){ key } }", new { t = tenantId, r = role }))
        .Ok().At("issueApiKey", "key").GetString()!;

    /// <summary>Sends a mutation twice with the platform admin's key and returns both answers' ids.</summary>
    private async Task<string?[]> Twice(string document, object variables, string field)
    {
        var ids = new string?[2];
        for (var i = 0; i < 2; i++) ids[i] = (await Host.Graph(document, variables)).Ok().At(field, "id").GetString();
        return ids;
    }
}
