using System.Text.Json;

namespace LeadPlatform.Api.Tests.Privacy;

/// <summary>
/// A realistic history of one employee, built through the API: two manager assessments and a self-assessment, a
/// completed GROW session with a goal, notes, a question and an action due tomorrow, an interaction note and a team
/// idea they own. Every text is unique to this history, so a raw store can be searched for it afterwards.
/// </summary>
internal sealed record PersonalHistory(
    string OrganisationId, string TeamId, string ManagerId, string EmployeeId, string ColleagueId,
    string SessionId, string ActionId, string TeamSessionId, string OrgAdminKey, string ManagerKey, string EmployeeKey,
    string Name, string Goal, string GoalNote, string RealityNote, string Question, string Action, string InteractionNote, string Idea)
{
    /// <summary>Posts a GraphQL request with a key.</summary>
    public delegate Task<GraphResponse> GraphCall(string query, object? variables, string key);

    /// <summary>Every personal text of the employee: none of it may be found in a store after erasure.</summary>
    public string[] PersonalTexts => [Name, Goal, GoalNote, RealityNote, Question, Action, InteractionNote, Idea];

    public static async Task<PersonalHistory> Build(GraphCall graph, string adminKey)
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var name = $"Zoë Gdprsdóttir {marker}";
        var goal = $"Answer every escalation within one working day ({marker} goal)";
        var goalNote = $"She wants to own escalations herself ({marker} note one)";
        var realityNote = $"Three escalations a day, each waits two days ({marker} note two)";
        var question = $"What have you tried so far, {marker}?";
        var action = $"Write a macro for the usual answers ({marker} action)";
        var interactionNote = $"Talked about her workload and her holiday ({marker} interaction)";
        var idea = $"Pair newcomers with a buddy on escalations ({marker} idea)";

        async Task<string> Admin(string query, object variables, params string[] path) =>
            (await graph(query, variables, adminKey)).Ok().At(path).GetString()!;

        var organisationId = await Admin("mutation($n:String!){ createOrganisation(name:$n){ id } }", new { n = "Privacy BV " + marker }, "createOrganisation", "id");
        var teamId = await Admin("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Support\"){ id } }", new { o = organisationId }, "addTeam", "id");
        var managerId = await Admin("mutation($t:ID!){ addManager(teamId:$t, name:\"Mila\"){ id } }", new { t = teamId }, "addManager", "id");
        var employeeId = await Admin("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = teamId, n = name }, "addEmployee", "id");
        var colleagueId = await Admin("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Sanne\"){ id } }", new { t = teamId }, "addEmployee", "id");

        const string issue = "mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }";
        var orgAdminKey = await Admin(issue, new { t = organisationId, r = "ORG_ADMIN", s = (string?)null }, "issueApiKey", "key");
        var managerKey = await Admin(issue, new { t = organisationId, r = "MANAGER", s = managerId }, "issueApiKey", "key");
        var employeeKey = await Admin(issue, new { t = organisationId, r = "EMPLOYEE", s = employeeId }, "issueApiKey", "key");

        async Task<JsonElement> As(string key, string query, object variables, params string[] path) => (await graph(query, variables, key)).Ok().At(path);

        await As(managerKey, "mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Escalations\", competence: LOW, commitment: HIGH){ task } }", new { e = employeeId }, "assessEmployee");
        await As(managerKey, "mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Escalations\", competence: SOME, commitment: LOW){ task } }", new { e = employeeId }, "assessEmployee");
        await As(managerKey, "mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: HIGH, commitment: HIGH){ task } }", new { e = colleagueId }, "assessEmployee");
        await As(employeeKey, "mutation{ assessSelf(task:\"Escalations\", competence: HIGH, commitment: HIGH){ task } }", new { }, "assessSelf");

        var sessionId = (await As(managerKey, "mutation($e:ID!,$g:String!){ startCoachingSession(employeeId:$e, goal:$g, language: EN){ id } }",
            new { e = employeeId, g = goal }, "startCoachingSession", "id")).GetString()!;
        await As(managerKey, "mutation($s:ID!,$t:String!){ recordQuestion(sessionId:$s, text:$t){ kind } }", new { s = sessionId, t = question }, "recordQuestion");
        await As(managerKey, "mutation($s:ID!,$n:String){ advanceSession(sessionId:$s, notes:$n){ stage } }", new { s = sessionId, n = goalNote }, "advanceSession");
        await As(managerKey, "mutation($s:ID!,$n:String){ advanceSession(sessionId:$s, notes:$n){ stage } }", new { s = sessionId, n = realityNote }, "advanceSession");
        await As(managerKey, "mutation($s:ID!,$n:String){ advanceSession(sessionId:$s, notes:$n){ stage } }", new { s = sessionId, n = (string?)null }, "advanceSession");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        var actionId = (await As(managerKey, "mutation($s:ID!,$d:String!,$due:Date!){ addAction(sessionId:$s, description:$d, dueDate:$due){ id } }",
            new { s = sessionId, d = action, due = tomorrow }, "addAction", "id")).GetString()!;
        await As(managerKey, "mutation($s:ID!){ advanceSession(sessionId:$s){ stage } }", new { s = sessionId }, "advanceSession");

        await As(managerKey, "mutation($m:ID!,$e:ID!,$n:String){ logInteraction(managerId:$m, employeeId:$e, hat: COACH, note:$n, task:\"Escalations\") }",
            new { m = managerId, e = employeeId, n = interactionNote }, "logInteraction");
        await As(managerKey, "mutation($m:ID!,$e:ID!){ logInteraction(managerId:$m, employeeId:$e, hat: MANAGER, note:\"Explained the queue\") }",
            new { m = managerId, e = colleagueId }, "logInteraction");

        var teamSessionId = await Admin("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Fewer escalations\"){ id } }", new { t = teamId }, "startTeamSession", "id");
        await Admin("mutation($s:ID!,$t:String!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:$t, ownerId:$o){ id } }",
            new { s = teamSessionId, t = idea, o = employeeId }, "addTeamIdea", "id");
        await Admin("mutation($s:ID!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:\"A checklist before closing\", ownerId:$o){ id } }",
            new { s = teamSessionId, o = colleagueId }, "addTeamIdea", "id");

        return new PersonalHistory(organisationId, teamId, managerId, employeeId, colleagueId, sessionId, actionId, teamSessionId,
            orgAdminKey, managerKey, employeeKey, name, goal, goalNote, realityNote, question, action, interactionNote, idea);
    }
}
