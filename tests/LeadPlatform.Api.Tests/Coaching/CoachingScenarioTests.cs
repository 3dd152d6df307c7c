using System.Text.Json;

namespace LeadPlatform.Api.Tests.Coaching;

/// <summary>The source method end to end through the API, on a fake clock (issue 4, "Done when").</summary>
[Collection(FakeClockHostCollection.Name)]
public sealed class CoachingScenarioTests(FakeClockHost fixture)
{
    private TestHost Host => fixture.Host;

    private const string SessionFields =
        "id stage allowedNow goal notes { stage text } questions { text kind } pitfalls { kind stage trigger advice } "
        + "feedback { openQuestionRatio openQuestions closedQuestions } actions { id description owner dueDate completed } startedAt completedAt";

    [Fact]
    public async Task A_manager_coaches_an_employee_through_GROW_gets_feedback_commits_actions_and_follows_them_up()
    {
        var people = await CoachingPeople.Create(Host);
        var manager = people.ManagerKey;

        var session = (await Host.Graph($"mutation($e:ID!){{ startCoachingSession(employeeId:$e, goal:\"Handle escalations within a day\"){{ {SessionFields} prompts }} }}",
            new { e = people.Structure.EmployeeId }, manager)).Ok().At("startCoachingSession");
        Assert.Equal("GOAL", session.GetProperty("stage").GetString());
        Assert.Contains("What would you like to achieve in this conversation?", Strings(session.GetProperty("prompts")));
        var sessionId = session.GetProperty("id").GetString()!;

        // GOAL: an open question.
        Assert.Equal("OPEN", (await Question(sessionId, "What would you like to achieve?", manager)).GetProperty("kind").GetString());
        var reality = await Advance(sessionId, "Goal: escalations answered within one working day.", manager, "prompts(language: NL)");
        Assert.Equal("REALITY", reality.GetProperty("stage").GetString());
        Assert.Contains("Hoe is dat voor jou?", Strings(reality.GetProperty("prompts")));

        // REALITY: a closed question gets an open rephrasing; a solution this early is a pitfall.
        var closed = await Question(sessionId, "Did you try the new macro?", manager);
        Assert.Equal("CLOSED", closed.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(closed.GetProperty("suggestion").GetString()));
        Assert.True((await Question(sessionId, "You should just escalate to Peter.", manager)).GetProperty("givesSolution").GetBoolean());
        var pitfall = (await Read(sessionId, manager)).GetProperty("pitfalls").EnumerateArray().Single();
        Assert.Equal("SOLUTION_TOO_FAST", pitfall.GetProperty("kind").GetString());
        Assert.Equal("REALITY", pitfall.GetProperty("stage").GetString());
        Assert.Equal("You should just escalate to Peter.", pitfall.GetProperty("trigger").GetString());

        // OPTIONS: actions are agreed in WILL only, and the refusal says what is allowed now.
        await Advance(sessionId, "Three escalations a day, each waits two days.", manager);
        var tooEarly = await AddAction(sessionId, "Write a macro", fixture.Today.AddDays(2), manager);
        Assert.Equal("CONFLICT", tooEarly.ErrorCode);
        Assert.Contains("In OPTIONS you can", tooEarly.FirstError.GetProperty("message").GetString());
        Assert.Equal("WILL", (await Advance(sessionId, "- A macro for the usual answers\n- Pair with Peter on the hard ones", manager)).GetProperty("stage").GetString());

        // WILL: no completion without an action; no due date in the past; the employee owns the action.
        Assert.Equal("CONFLICT", (await Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s){ stage } }", new { s = sessionId }, manager)).ErrorCode);
        var past = await AddAction(sessionId, "Write a macro", fixture.Today.AddDays(-1), manager);
        Assert.Equal("BAD_USER_INPUT", past.ErrorCode);
        Assert.Equal("dueDate", past.FirstError.GetProperty("extensions").GetProperty("field").GetString());
        var action = (await AddAction(sessionId, "Write a macro", fixture.Today.AddDays(2), manager)).Ok().At("addAction");
        Assert.Equal("EMPLOYEE", action.GetProperty("owner").GetString());
        var actionId = action.GetProperty("id").GetString()!;

        var completed = await Advance(sessionId, "Starts Monday.", manager);
        Assert.Equal("COMPLETED", completed.GetProperty("stage").GetString());
        Assert.Equal(["GOAL", "REALITY", "OPTIONS", "WILL"], completed.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("stage").GetString()));
        Assert.Equal(0.5, completed.GetProperty("feedback").GetProperty("openQuestionRatio").GetDouble());
        Assert.NotEqual(JsonValueKind.Null, completed.GetProperty("completedAt").ValueKind);

        // Follow-up: due soon, then overdue once the clock passes the due date; completing clears it.
        var dueSoon = (await Nudges(people)).Single();
        Assert.Equal("ACTION_DUE_SOON", dueSoon.GetProperty("kind").GetString());
        fixture.Clock.Advance(TimeSpan.FromDays(3));
        var overdue = (await Nudges(people)).Single();
        Assert.Equal("ACTION_OVERDUE", overdue.GetProperty("kind").GetString());
        Assert.Equal(actionId, overdue.GetProperty("actionId").GetString());
        Assert.Contains("Write a macro", overdue.GetProperty("message").GetString());

        var done = (await Host.Graph("mutation($a:ID!){ completeAction(actionId:$a){ id completed } }", new { a = actionId }, people.EmployeeKey))
            .Ok().At("completeAction");
        Assert.True(done.GetProperty("completed").GetBoolean());
        Assert.Empty(await Nudges(people));

        // The session was a COACH interaction with a D4 employee: a fitting hat.
        var record = (await Host.Graph("query($m:ID!){ manager(id:$m){ interactionCount coachHatShare styleFitRate oneSizeFitsAll coachingSessions { id } } }",
            new { m = people.Structure.ManagerId }, manager)).Ok().At("manager");
        Assert.Equal(1, record.GetProperty("interactionCount").GetInt32());
        Assert.Equal(1.0, record.GetProperty("styleFitRate").GetDouble());
        Assert.Equal(sessionId, record.GetProperty("coachingSessions")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_crisis_turns_a_D4_employee_s_recommendation_to_directing_and_back()
    {
        var people = await CoachingPeople.Create(Host);
        const string query = "query($e:ID!){ employee(id:$e){ currentRecommendation(task:\"Tickets\"){ style crisisOverride rationale } } }";
        async Task<JsonElement> Recommendation() =>
            (await Host.Graph(query, new { e = people.Structure.EmployeeId }, people.ManagerKey)).Ok().At("employee", "currentRecommendation");

        Assert.Equal("DELEGATING", (await Recommendation()).GetProperty("style").GetString());
        (await Host.Graph("mutation($t:ID!){ setTeamCrisis(teamId:$t, active:true, reason:\"The CRM is down, customers are waiting\"){ crisis } }",
            new { t = people.Structure.TeamId }, people.ManagerKey)).Ok();
        var inCrisis = await Recommendation();
        Assert.Equal("DIRECTING", inCrisis.GetProperty("style").GetString());
        Assert.True(inCrisis.GetProperty("crisisOverride").GetBoolean());
        Assert.Contains("Crisis", inCrisis.GetProperty("rationale").GetString());

        (await Host.Graph("mutation($t:ID!){ setTeamCrisis(teamId:$t, active:false){ crisis } }", new { t = people.Structure.TeamId }, people.ManagerKey)).Ok();
        Assert.Equal("DELEGATING", (await Recommendation()).GetProperty("style").GetString());
    }

    [Fact]
    public async Task Logged_hats_give_a_style_fit_rate_and_flag_one_size_fits_all()
    {
        var people = await CoachingPeople.Create(Host);
        var beginner = (await Host.Graph("mutation($t:ID!){ addEmployee(teamId:$t, name:\"Noor\"){ id } }", new { t = people.Structure.TeamId }))
            .Ok().At("addEmployee", "id").GetString();
        (await Host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Tickets\", competence: LOW, commitment: HIGH){ task } }", new { e = beginner })).Ok();

        foreach (var employee in new[] { beginner, people.Structure.EmployeeId })
        {
            var logged = await Host.Graph("mutation($m:ID!,$e:ID!){ logInteraction(managerId:$m, employeeId:$e, hat: MANAGER, note:\"Told how to do it\") }",
                new { m = people.Structure.ManagerId, e = employee }, people.ManagerKey);
            Assert.True(logged.Ok().At("logInteraction").GetBoolean());
        }

        var record = (await Host.Graph("query($m:ID!){ manager(id:$m){ styleFitRate oneSizeFitsAll interactions { hat recommendedStyle styleFit note } } }",
            new { m = people.Structure.ManagerId }, people.ManagerKey)).Ok().At("manager");
        Assert.Equal(0.5, record.GetProperty("styleFitRate").GetDouble());
        Assert.True(record.GetProperty("oneSizeFitsAll").GetBoolean());
        Assert.Equal(["DIRECTING", "DELEGATING"], record.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("recommendedStyle").GetString()));

        var adminView = await Host.Graph("query($m:ID!){ manager(id:$m){ styleFitRate interactions { note } } }", new { m = people.Structure.ManagerId });
        Assert.Equal("FORBIDDEN", adminView.ErrorCode); // the interactions (with notes) are the manager's own
        Assert.Equal(0.5, adminView.At("manager", "styleFitRate").GetDouble());
    }

    [Fact]
    public async Task A_logged_hat_is_judged_against_the_task_the_conversation_was_about()
    {
        var people = await CoachingPeople.Create(Host);
        var employee = people.Structure.EmployeeId;
        (await Host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"CRM migration\", competence: LOW, commitment: HIGH){ task } }", new { e = employee })).Ok();
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await Host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"Customer calls\", competence: HIGH, commitment: HIGH){ task } }", new { e = employee })).Ok();

        const string log = "mutation($m:ID!,$e:ID!,$t:String){ logInteraction(managerId:$m, employeeId:$e, hat: MANAGER, task:$t) }";
        (await Host.Graph(log, new { m = people.Structure.ManagerId, e = employee, t = "CRM migration" }, people.ManagerKey)).Ok();
        (await Host.Graph(log, new { m = people.Structure.ManagerId, e = employee, t = (string?)null }, people.ManagerKey)).Ok();
        var tooLong = await Host.Graph(log, new { m = people.Structure.ManagerId, e = employee, t = new string('x', 201) }, people.ManagerKey);
        Assert.Equal(("BAD_USER_INPUT", "task"), (tooLong.ErrorCode, tooLong.FirstError.GetProperty("extensions").GetProperty("field").GetString()));

        var interactions = (await Host.Graph("query($m:ID!){ manager(id:$m){ interactions { task recommendedStyle styleFit } } }",
            new { m = people.Structure.ManagerId }, people.ManagerKey)).Ok().At("manager", "interactions").EnumerateArray()
            .Select(i => (i.GetProperty("task").GetString(), i.GetProperty("recommendedStyle").GetString(), i.GetProperty("styleFit").GetBoolean())).ToArray();
        Assert.Equal([("CRM migration", "DIRECTING", true), (null, "DELEGATING", false)], interactions);
    }

    [Fact]
    public async Task Team_pulse_is_validated_and_kept_over_time_and_a_team_session_collects_owned_ideas()
    {
        var people = await CoachingPeople.Create(Host);
        var teamId = people.Structure.TeamId;
        var outOfRange = await Host.Graph("mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 6, engagement: 3){ id } }", new { t = teamId }, people.ManagerKey);
        Assert.Equal("BAD_USER_INPUT", outOfRange.ErrorCode);
        Assert.Equal("energy", outOfRange.FirstError.GetProperty("extensions").GetProperty("field").GetString());

        (await Host.Graph("mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 2, engagement: 3){ id } }", new { t = teamId }, people.ManagerKey)).Ok();
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        var pulse = (await Host.Graph("mutation($t:ID!){ recordTeamPulse(teamId:$t, energy: 4, engagement: 5){ pulse { energy engagement recordedAt } } }",
            new { t = teamId }, people.ManagerKey)).Ok().At("recordTeamPulse", "pulse");
        Assert.Equal([2, 4], pulse.EnumerateArray().Select(p => p.GetProperty("energy").GetInt32()));

        var sessionId = (await Host.Graph("mutation($t:ID!){ startTeamSession(teamId:$t, topic:\"Fewer reopened tickets\"){ id } }", new { t = teamId }, people.ManagerKey))
            .Ok().At("startTeamSession", "id").GetString();
        (await Host.Graph("mutation($s:ID!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:\"Checklist before closing\", ownerId:$o){ id } }",
            new { s = sessionId, o = people.Structure.EmployeeId }, people.ManagerKey)).Ok();
        var ideas = (await Host.Graph("query($t:ID!){ team(id:$t){ teamSessions { topic ideas { text ownerId } } } }", new { t = teamId }, people.EmployeeKey))
            .Ok().At("team", "teamSessions")[0].GetProperty("ideas");
        Assert.Equal(people.Structure.EmployeeId, ideas[0].GetProperty("ownerId").GetString());
    }

    [Fact]
    public async Task An_employee_assesses_themself_and_sees_both_views_side_by_side_with_the_gap()
    {
        var people = await CoachingPeople.Create(Host);
        (await Host.Graph("mutation{ assessSelf(task:\"Tickets\", competence: SOME, commitment: HIGH){ developmentLevel } }", key: people.EmployeeKey)).Ok();
        var refused = await Host.Graph("mutation{ assessSelf(task:\"Tickets\", competence: SOME, commitment: HIGH){ task } }", key: people.ManagerKey);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);

        async Task<JsonElement> Comparison(string key) => (await Host.Graph("""
            query($e:ID!){ employee(id:$e){ assessmentComparisons { task byManager { developmentLevel } bySelf { developmentLevel }
              gap(language: EN) { competenceSteps commitmentSteps agree advice } } } }
            """, new { e = people.Structure.EmployeeId }, key)).Ok().At("employee", "assessmentComparisons")[0];
        var comparison = await Comparison(people.EmployeeKey);
        Assert.Equal("D4", comparison.GetProperty("byManager").GetProperty("developmentLevel").GetString());
        Assert.Equal("D2", comparison.GetProperty("bySelf").GetProperty("developmentLevel").GetString());
        var gap = comparison.GetProperty("gap");
        Assert.Equal(-1, gap.GetProperty("competenceSteps").GetInt32());
        Assert.False(gap.GetProperty("agree").GetBoolean());
        // Each reads the advice written to them.
        Assert.StartsWith("You rate your own ability lower than your manager does.", gap.GetProperty("advice").GetString());
        Assert.StartsWith("They rate their own ability lower than you do.", (await Comparison(people.ManagerKey)).GetProperty("gap").GetProperty("advice").GetString());
    }

    private async Task<JsonElement> Question(string sessionId, string text, string key) =>
        (await Host.Graph("mutation($s:ID!,$t:String!){ recordQuestion(sessionId:$s, text:$t){ kind givesSolution suggestion } }",
            new { s = sessionId, t = text }, key)).Ok().At("recordQuestion");

    private async Task<JsonElement> Advance(string sessionId, string notes, string key, string extra = "") =>
        (await Host.Graph($"mutation($s:ID!,$n:String){{ advanceSession(sessionId:$s, notes:$n){{ {SessionFields} {extra} }} }}",
            new { s = sessionId, n = notes }, key)).Ok().At("advanceSession");

    private async Task<JsonElement> Read(string sessionId, string key) =>
        (await Host.Graph($"query($s:ID!){{ coachingSession(id:$s){{ {SessionFields} }} }}", new { s = sessionId }, key)).Ok().At("coachingSession");

    private Task<GraphResponse> AddAction(string sessionId, string description, DateOnly dueDate, string key) =>
        Host.Graph("mutation($s:ID!,$d:String!,$due:Date!){ addAction(sessionId:$s, description:$d, dueDate:$due){ id owner dueDate completed } }",
            new { s = sessionId, d = description, due = dueDate.ToString("yyyy-MM-dd") }, key);

    private async Task<JsonElement[]> Nudges(CoachingPeople people) =>
        [.. (await Host.Graph("query($m:ID!){ manager(id:$m){ nudges { kind message actionId dueDate raisedAt } } }",
            new { m = people.Structure.ManagerId }, people.ManagerKey)).Ok().At("manager", "nudges").EnumerateArray()];

    private static IEnumerable<string?> Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString());
}
