using System.Text.Json;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// Refusals inside one organisation, which the cross-tenant sweep cannot see: a manager against another team,
/// a manager against another manager's coaching session, an employee against a colleague. Every test builds an
/// organisation of its own (two teams T1 and T2, managers M1 and M2, employees E1a and E1b in T1 and E2 in T2),
/// so the shared world is left as it was. Each refused mutation is followed by a read with an allowed key that
/// shows nothing changed, and each group ends with the same call made by the rightful key, so a refusal cannot be
/// an artefact of a broken query.
/// </summary>
[Collection(TenantWorldCollection.Name)]
public sealed class SameOrganisationBoundaryTests(TenantWorld world)
{
    private sealed record Organisation(string Id, string T1, string T2, string M1, string M2, string E1a, string E1b, string E2,
        string M1Key, string M2Key, string E1aKey, string E1bKey, string E2Key);

    private const string TeamState =
        "query($t:ID!){ team(id:$t){ crisis crisisReason pulse { energy engagement } teamSessions { id topic ideas { id text ownerId } } } }";

    private const string SessionState =
        "query($s:ID!){ coachingSession(id:$s){ stage completedAt goal notes { stage text } questions { text } actions { id completed description } } }";

    [Fact]
    public async Task A_manager_cannot_set_crisis_record_pulse_or_run_team_sessions_for_another_team_of_the_organisation()
    {
        var org = await NewOrganisation();
        var teamSessionId = await OkString(Graph("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Handover quality\"){ id } }",
            new { t = org.T1 }, org.M1Key), "startTeamSession", "id");
        var before = await Snapshot(TeamState, new { t = org.T1 }, org.M1Key);

        // M2 leads T2, not T1: being in the same organisation gives no say over a neighbouring team.
        AssertRefused(await Graph("mutation($t:ID!){ setTeamCrisis(teamId:$t, active:true, reason:\"Taken over by M2\"){ id } }", new { t = org.T1 }, org.M2Key),
            "setTeamCrisis");
        AssertRefused(await Graph("mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 1, engagement: 1){ id } }", new { t = org.T1 }, org.M2Key),
            "recordTeamPulse");
        AssertRefused(await Graph("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Planted by M2\"){ id } }", new { t = org.T1 }, org.M2Key),
            "startTeamSession");
        AssertRefused(await Graph("mutation($s:ID!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:\"Planted by M2\", ownerId:$o){ id } }",
            new { s = teamSessionId, o = org.E1a }, org.M2Key), "addTeamIdea");

        // No crisis, no reading, no session and no idea reached T1.
        Assert.Equal(before, await Snapshot(TeamState, new { t = org.T1 }, org.M1Key));

        // Control: T1's own manager does every one of these.
        (await Graph("mutation($t:ID!){ setTeamCrisis(teamId:$t, active:true, reason:\"Outage\"){ crisis } }", new { t = org.T1 }, org.M1Key)).Ok();
        (await Graph("mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 3, engagement: 4){ id } }", new { t = org.T1 }, org.M1Key)).Ok();
        (await Graph("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Fewer reopened tickets\"){ id } }", new { t = org.T1 }, org.M1Key)).Ok();
        (await Graph("mutation($s:ID!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:\"Checklist before closing\", ownerId:$o){ id } }",
            new { s = teamSessionId, o = org.E1a }, org.M1Key)).Ok();
        var after = (await Graph(TeamState, new { t = org.T1 }, org.M1Key)).Ok().At("team");
        Assert.True(after.GetProperty("crisis").GetBoolean());
        Assert.Equal(1, after.GetProperty("pulse").GetArrayLength());
        Assert.Equal(2, after.GetProperty("teamSessions").GetArrayLength());
    }

    [Fact]
    public async Task A_manager_cannot_log_an_interaction_with_or_coach_an_employee_of_another_team()
    {
        var org = await NewOrganisation();
        const string log = "mutation($m:ID!,$e:ID!){ logInteraction(managerId:$m, employeeId:$e, hat: MANAGER, note:\"Told E2 what to do\") }";
        const string start = "mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Coach someone else's report\"){ id } }";
        const string m1Record = "query($m:ID!){ manager(id:$m){ interactionCount interactions { employeeId } coachingSessions { id } } }";
        const string e2Sessions = "query($e:ID!){ employee(id:$e){ coachingSessions { id } } }";
        var m1Before = await Snapshot(m1Record, new { m = org.M1 }, org.M1Key);
        var m2Before = await Snapshot(m1Record, new { m = org.M2 }, org.M2Key);
        var e2Before = await Snapshot(e2Sessions, new { e = org.E2 }, org.M2Key);

        // E2 reports to M2: M1 has no relationship with E2 to record, neither in their own record nor in M2's.
        AssertRefused(await Graph(log, new { m = org.M1, e = org.E2 }, org.M1Key), "logInteraction");
        AssertRefused(await Graph(log, new { m = org.M2, e = org.E2 }, org.M1Key), "logInteraction");
        // Coaching E2 would open a private conversation between M1 and someone else's report.
        AssertRefused(await Graph(start, new { e = org.E2 }, org.M1Key), "startCoachingSession");

        Assert.Equal(m1Before, await Snapshot(m1Record, new { m = org.M1 }, org.M1Key));
        Assert.Equal(m2Before, await Snapshot(m1Record, new { m = org.M2 }, org.M2Key));
        Assert.Equal(e2Before, await Snapshot(e2Sessions, new { e = org.E2 }, org.M2Key));

        // Control: M1 with their own report, and M2 with theirs.
        Assert.True((await Graph(log, new { m = org.M1, e = org.E1a }, org.M1Key)).Ok().At("logInteraction").GetBoolean());
        (await Graph(start, new { e = org.E1a }, org.M1Key)).Ok();
        Assert.True((await Graph(log, new { m = org.M2, e = org.E2 }, org.M2Key)).Ok().At("logInteraction").GetBoolean());
        (await Graph(start, new { e = org.E2 }, org.M2Key)).Ok();
    }

    [Fact]
    public async Task A_manager_cannot_run_or_read_a_coaching_session_another_manager_holds_in_the_same_organisation()
    {
        var org = await NewOrganisation();
        var (sessionId, actionId) = await SessionInWillWithAction(org);
        var before = await Snapshot(SessionState, new { s = sessionId }, org.M1Key);

        // Only the session's own manager runs it; M2 is a manager, and of the same organisation, but not of this session.
        AssertRefused(await Graph("mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Closed by M2\"){ stage } }", new { s = sessionId }, org.M2Key),
            "advanceSession");
        AssertRefused(await Graph("mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Planted by M2\", dueDate:$d){ id } }",
            new { s = sessionId, d = TenantWorld.InAWeek }, org.M2Key), "addAction");
        AssertRefused(await Graph("mutation($s:ID!){ addSessionNote(sessionId:$s, notes:\"Planted by M2\"){ id } }", new { s = sessionId }, org.M2Key),
            "addSessionNote");
        AssertRefused(await Graph("mutation($s:ID!){ recordQuestion(sessionId:$s, text:\"Planted by M2?\"){ kind } }", new { s = sessionId }, org.M2Key),
            "recordQuestion");
        AssertRefused(await Graph("mutation($a:ID!){ completeAction(actionId:$a){ completed } }", new { a = actionId }, org.M2Key), "completeAction");

        Assert.Equal(before, await Snapshot(SessionState, new { s = sessionId }, org.M1Key));

        // What was said is for M1 and E1a only; M2 must not even learn the structure, let alone the goal.
        var read = await Graph("query($s:ID!){ coachingSession(id:$s){ id stage goal actions { id } } }", new { s = sessionId }, org.M2Key);
        AssertRefused(read, "coachingSession");
        Assert.DoesNotContain("Confidential goal", read.Raw);
        var goalOnly = await Graph("query($s:ID!){ coachingSession(id:$s){ goal } }", new { s = sessionId }, org.M2Key);
        AssertRefused(goalOnly, "coachingSession");
        Assert.DoesNotContain("Confidential goal", goalOnly.Raw);

        // Control: the session's manager does every one of these, ending the session last.
        Assert.Equal("Confidential goal of E1a",
            (await Graph("query($s:ID!){ coachingSession(id:$s){ goal } }", new { s = sessionId }, org.M1Key)).Ok().At("coachingSession", "goal").GetString());
        (await Graph("mutation($s:ID!){ recordQuestion(sessionId:$s, text:\"What will you do first?\"){ kind } }", new { s = sessionId }, org.M1Key)).Ok();
        (await Graph("mutation($s:ID!){ addSessionNote(sessionId:$s, notes:\"Starts Monday\"){ id } }", new { s = sessionId }, org.M1Key)).Ok();
        (await Graph("mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Ask for feedback\", dueDate:$d){ id } }",
            new { s = sessionId, d = TenantWorld.InAWeek }, org.M1Key)).Ok();
        Assert.True((await Graph("mutation($a:ID!){ completeAction(actionId:$a){ completed } }", new { a = actionId }, org.M1Key))
            .Ok().At("completeAction", "completed").GetBoolean());
        Assert.Equal("COMPLETED", (await Graph("mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Done\"){ stage } }", new { s = sessionId }, org.M1Key))
            .Ok().At("advanceSession", "stage").GetString());
    }

    [Fact]
    public async Task An_employee_cannot_read_a_colleague_s_personal_data_or_session_nor_complete_the_colleague_s_action()
    {
        var org = await NewOrganisation();
        (await Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: LOW, commitment: VARIABLE){ task } }",
            new { e = org.E1a }, org.M1Key)).Ok();
        var (sessionId, actionId) = await SessionInWillWithAction(org);
        const string personal = "query($e:ID!){ employee(id:$e){ id assessments { task developmentLevel } currentRecommendation(task:\"Tickets\"){ style } } }";

        // Team-mates share a team, not their assessments: those are for E1a, their manager and the platform admin.
        var colleague = await Graph(personal, new { e = org.E1a }, org.E1bKey);
        Assert.True(colleague.ErrorCode is "FORBIDDEN" or "NOT_FOUND", colleague.Raw);
        Assert.True(IsNullAt(colleague, "employee") || (IsNullAt(colleague, "employee", "assessments") && IsNullAt(colleague, "employee", "currentRecommendation")),
            colleague.Raw);
        Assert.DoesNotContain("\"developmentLevel\"", colleague.Raw);

        // Nor the colleague's coaching conversation.
        var session = await Graph("query($s:ID!){ coachingSession(id:$s){ id goal } }", new { s = sessionId }, org.E1bKey);
        AssertRefused(session, "coachingSession");
        Assert.DoesNotContain("Confidential goal", session.Raw);

        // An action is completed by the two people of its session; a team-mate ticking it off would falsify E1a's follow-up.
        var before = await Snapshot(SessionState, new { s = sessionId }, org.E1aKey);
        AssertRefused(await Graph("mutation($a:ID!){ completeAction(actionId:$a){ completed } }", new { a = actionId }, org.E1bKey), "completeAction");
        Assert.Equal(before, await Snapshot(SessionState, new { s = sessionId }, org.E1aKey));

        // Control: E1a reads their own data and completes their own action.
        var own = (await Graph(personal, new { e = org.E1a }, org.E1aKey)).Ok().At("employee");
        Assert.Equal("D2", own.GetProperty("assessments")[0].GetProperty("developmentLevel").GetString());
        Assert.Equal("COACHING", own.GetProperty("currentRecommendation").GetProperty("style").GetString());
        Assert.True((await Graph("mutation($a:ID!){ completeAction(actionId:$a){ completed } }", new { a = actionId }, org.E1aKey))
            .Ok().At("completeAction", "completed").GetBoolean());
    }

    [Fact]
    public async Task Another_team_s_manager_or_employee_cannot_read_a_team_session()
    {
        var org = await NewOrganisation();
        var teamSessionId = await OkString(Graph("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Private topic of T1\"){ id } }",
            new { t = org.T1 }, org.M1Key), "startTeamSession", "id");
        (await Graph("mutation($s:ID!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:\"Private idea of T1\", ownerId:$o){ id } }",
            new { s = teamSessionId, o = org.E1a }, org.M1Key)).Ok();
        const string read = "query($s:ID!){ teamSession(id:$s){ id topic ideas { text ownerId } } }";

        // A team session is the team's own conversation: T2's people are outsiders to it.
        foreach (var (who, key) in new[] { ("E2", org.E2Key), ("M2", org.M2Key) })
        {
            var response = await Graph(read, new { s = teamSessionId }, key);
            AssertRefused(response, "teamSession", who);
            Assert.DoesNotContain("Private", response.Raw);
        }

        // Control: T1's manager and a T1 employee read it.
        foreach (var key in new[] { org.M1Key, org.E1aKey })
            Assert.Equal("Private idea of T1", (await Graph(read, new { s = teamSessionId }, key)).Ok().At("teamSession", "ideas")[0].GetProperty("text").GetString());
    }

    /// <summary>A fresh direct-customer organisation: T1 (M1; E1a, E1b) and T2 (M2; E2), with a key for each person.</summary>
    private async Task<Organisation> NewOrganisation()
    {
        var id = await world.Admin("mutation($n:String!){ createOrganisation(name:$n){ id } }", new { n = $"Boundary {Guid.NewGuid():N}" },
            "createOrganisation", "id");
        async Task<string> Team(string name) =>
            await world.Admin("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = id, n = name }, "addTeam", "id");
        async Task<string> Manager(string team, string name) =>
            await world.Admin("mutation($t:ID!,$n:String!){ addManager(teamId:$t, name:$n){ id } }", new { t = team, n = name }, "addManager", "id");
        async Task<string> Employee(string team, string name) =>
            await world.Admin("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = team, n = name }, "addEmployee", "id");

        var t1 = await Team("T1");
        var t2 = await Team("T2");
        var m1 = await Manager(t1, "M1");
        var m2 = await Manager(t2, "M2");
        var e1a = await Employee(t1, "E1a");
        var e1b = await Employee(t1, "E1b");
        var e2 = await Employee(t2, "E2");
        return new Organisation(id, t1, t2, m1, m2, e1a, e1b, e2,
            await world.Issue(id, "MANAGER", m1), await world.Issue(id, "MANAGER", m2),
            await world.Issue(id, "EMPLOYEE", e1a), await world.Issue(id, "EMPLOYEE", e1b), await world.Issue(id, "EMPLOYEE", e2));
    }

    /// <summary>M1's session with E1a, moved to WILL, with one open action of E1a.</summary>
    private async Task<(string SessionId, string ActionId)> SessionInWillWithAction(Organisation org)
    {
        var sessionId = await OkString(Graph("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Confidential goal of E1a\", language: EN){ id } }",
            new { e = org.E1a }, org.M1Key), "startCoachingSession", "id");
        for (var i = 0; i < 3; i++)
            (await Graph("mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Noted\"){ stage } }", new { s = sessionId }, org.M1Key)).Ok();
        var actionId = await OkString(Graph("mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Write a macro\", dueDate:$d){ id } }",
            new { s = sessionId, d = TenantWorld.InAWeek }, org.M1Key), "addAction", "id");
        return (sessionId, actionId);
    }

    private Task<GraphResponse> Graph(string query, object variables, string key) => world.Host.Graph(query, variables, key);

    private static async Task<string> OkString(Task<GraphResponse> response, params string[] path) => (await response).Ok().At(path).GetString()!;

    /// <summary>The whole answer of an allowed read, to compare before and after a refused mutation.</summary>
    private async Task<string> Snapshot(string query, object variables, string key) => (await Graph(query, variables, key)).Ok().Data.GetRawText();

    /// <summary>Refused: FORBIDDEN or NOT_FOUND, and the field answered no data.</summary>
    private static void AssertRefused(GraphResponse response, string field, string? who = null)
    {
        Assert.True(response.ErrorCode is "FORBIDDEN" or "NOT_FOUND", $"{field}{(who is null ? "" : $" as {who}")} was not refused: {response.Raw}");
        Assert.True(IsNullAt(response, field), $"{field} answered data: {response.Raw}");
    }

    private static bool IsNullAt(GraphResponse response, params string[] path)
    {
        if (!response.Json.TryGetProperty("data", out var element)) return true;
        foreach (var part in path)
        {
            if (element.ValueKind == JsonValueKind.Null) return true;
            if (!element.TryGetProperty(part, out element)) return true;
        }
        return element.ValueKind == JsonValueKind.Null;
    }
}
