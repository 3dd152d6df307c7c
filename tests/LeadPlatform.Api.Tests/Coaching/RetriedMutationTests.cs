namespace LeadPlatform.Api.Tests.Coaching;

/// <summary>
/// Mutations a client can send again safely: <c>idempotencyKey</c> on <c>startCoachingSession</c>, <c>logInteraction</c>,
/// <c>addAction</c>, <c>addSessionNote</c> and <c>assessEmployee</c> (a retry is answered what the first request made; bad or reused keys are
/// refused; another tenant's manager is refused), and <c>advanceSession(from)</c> (a retry does not skip a stage).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RetriedMutationTests(HostFixture fixture)
{
    private const string StartSession = "mutation($e:ID!,$g:String!,$k:String){ startCoachingSession(employeeId:$e, goal:$g, idempotencyKey:$k){ id } }";
    private const string LogInteraction = "mutation($m:ID!,$e:ID!,$k:String){ logInteraction(managerId:$m, employeeId:$e, hat: MANAGER, idempotencyKey:$k) }";

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_retried_session_start_and_interaction_with_their_keys_are_made_and_counted_once()
    {
        var people = await CoachingPeople.Create(Host);
        var structure = people.Structure;

        var first = await Start(people, "Plan the handover", "start-1");
        var retried = await Start(people, "Plan the handover", "start-1");
        var unkeyed = await Start(people, "Plan the handover", key: null);
        for (var i = 0; i < 2; i++)
            (await Host.Graph(LogInteraction, new { m = structure.ManagerId, e = structure.EmployeeId, k = "talk-1" }, people.ManagerKey)).Ok();

        Assert.Equal(first, retried);
        Assert.NotEqual(first, unkeyed);
        var manager = (await Host.Graph("query($m:ID!){ manager(id:$m){ coachingSessions { id } interactions { id hat } } }",
            new { m = structure.ManagerId }, people.ManagerKey)).Ok().At("manager");
        Assert.Equal([first, unkeyed], manager.GetProperty("coachingSessions").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        // Two sessions (COACH) and the one interaction logged twice (MANAGER).
        Assert.Equal(["COACH", "COACH", "MANAGER"], manager.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("hat").GetString()));
    }

    [Fact]
    public async Task A_blank_or_overlong_key_is_bad_input_and_a_key_reused_for_another_goal_is_a_conflict()
    {
        var people = await CoachingPeople.Create(Host);
        await Start(people, "Plan the handover", "start-1");

        foreach (var key in new[] { "", "   ", new string('k', 101) })
        {
            var refused = await Host.Graph(StartSession, new { e = people.Structure.EmployeeId, g = "Plan the handover", k = key }, people.ManagerKey);
            Assert.Equal("BAD_USER_INPUT", refused.ErrorCode);
            Assert.Contains("idempotencyKey", refused.FirstError.GetProperty("message").GetString());
        }
        var reused = await Host.Graph(StartSession, new { e = people.Structure.EmployeeId, g = "Another goal", k = "start-1" }, people.ManagerKey);

        Assert.Equal("CONFLICT", reused.ErrorCode);
        Assert.Equal(1, await SessionCount(people));
    }

    [Fact]
    public async Task A_manager_of_another_tenant_is_refused_with_a_key_and_the_same_key_there_names_another_session()
    {
        var people = await CoachingPeople.Create(Host);
        var foreign = await CoachingPeople.Create(Host);
        var session = await Start(people, "Plan the handover", "monday");

        var refused = await Host.Graph(StartSession, new { e = people.Structure.EmployeeId, g = "Plan the handover", k = "monday" }, foreign.ManagerKey);
        var refusedInteraction = await Host.Graph(LogInteraction,
            new { m = people.Structure.ManagerId, e = people.Structure.EmployeeId, k = "monday" }, foreign.ManagerKey);
        var own = await Start(foreign, "Plan the handover", "monday");

        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        Assert.Equal("FORBIDDEN", refusedInteraction.ErrorCode);
        Assert.NotEqual(session, own);
        Assert.Equal(1, await SessionCount(people));
    }

    [Fact]
    public async Task A_retried_action_with_its_key_is_added_once_and_another_tenants_manager_is_refused()
    {
        var people = await CoachingPeople.Create(Host);
        var foreign = await CoachingPeople.Create(Host);
        var sessionId = await Start(people, "Plan the handover", key: null);
        (await Host.Graph("mutation($s:ID!){ recordQuestion(sessionId:$s, text:\"What have you tried so far?\"){ kind } }", new { s = sessionId }, people.ManagerKey)).Ok();
        for (var stage = 0; stage < 3; stage++)
            (await Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Noted\"){ stage } }", new { s = sessionId }, people.ManagerKey)).Ok();
        const string addAction = "mutation($s:ID!,$d:Date!,$k:String){ addAction(sessionId:$s, description:\"Write the macro\", dueDate:$d, idempotencyKey:$k){ id } }";
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd");

        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
            ids.Add((await Host.Graph(addAction, new { s = sessionId, d = due, k = "macro" }, people.ManagerKey)).Ok().At("addAction", "id").GetString()!);
        var refused = await Host.Graph(addAction, new { s = sessionId, d = due, k = "macro" }, foreign.ManagerKey);

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        var actions = (await Host.Graph("query($s:ID!){ coachingSession(id:$s){ actions { id } } }", new { s = sessionId }, people.ManagerKey))
            .Ok().At("coachingSession", "actions");
        Assert.Equal([ids[0]], actions.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_advance_sent_twice_from_the_same_stage_moves_once_and_another_tenants_manager_is_refused()
    {
        var people = await CoachingPeople.Create(Host);
        var foreign = await CoachingPeople.Create(Host);
        var sessionId = await Start(people, "Plan the handover", key: null);
        const string advance = "mutation($s:ID!,$f:GrowStage){ advanceSession(sessionId:$s, notes:\"The goal\", from:$f){ stage } }";

        var stages = new List<string?>();
        for (var i = 0; i < 2; i++)
            stages.Add((await Host.Graph(advance, new { s = sessionId, f = "GOAL" }, people.ManagerKey)).Ok().At("advanceSession", "stage").GetString());
        var early = await Host.Graph(advance, new { s = sessionId, f = "WILL" }, people.ManagerKey);
        var refused = await Host.Graph(advance, new { s = sessionId, f = "REALITY" }, foreign.ManagerKey);

        Assert.Equal(["REALITY", "REALITY"], stages);
        Assert.Equal("CONFLICT", early.ErrorCode);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        var session = (await Host.Graph("query($s:ID!){ coachingSession(id:$s){ stage notes { stage } } }", new { s = sessionId }, people.ManagerKey))
            .Ok().At("coachingSession");
        Assert.Equal("REALITY", session.GetProperty("stage").GetString());
        Assert.Equal(1, session.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public async Task An_assessment_sent_twice_with_its_key_is_kept_once_and_another_tenants_manager_is_refused()
    {
        var people = await CoachingPeople.Create(Host);
        var foreign = await CoachingPeople.Create(Host);
        const string assess = "mutation($e:ID!,$k:String){ assessEmployee(employeeId:$e, task:\"Planning\", competence: LOW, commitment: HIGH, idempotencyKey:$k){ assessedAt } }";

        var answers = new List<string?>();
        for (var i = 0; i < 2; i++)
            answers.Add((await Host.Graph(assess, new { e = people.Structure.EmployeeId, k = "planning-1" }, people.ManagerKey)).Ok().At("assessEmployee", "assessedAt").GetString());
        var refused = await Host.Graph(assess, new { e = people.Structure.EmployeeId, k = "planning-1" }, foreign.ManagerKey);
        var badKey = await Host.Graph(assess, new { e = people.Structure.EmployeeId, k = new string('k', 101) }, people.ManagerKey);

        Assert.Equal(answers[0], answers[1]);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        Assert.Equal("BAD_USER_INPUT", badKey.ErrorCode);
        var export = (await Host.Graph("mutation($e:ID!){ exportEmployeeData(employeeId:$e){ document } }", new { e = people.Structure.EmployeeId }))
            .Ok().At("exportEmployeeData", "document").GetString()!;
        using var document = System.Text.Json.JsonDocument.Parse(export);
        // The "Tickets" assessment CoachingPeople made, and "Planning" once.
        Assert.Equal(["Tickets", "Planning"], document.RootElement.GetProperty("assessments").EnumerateArray().Select(a => a.GetProperty("task").GetString()));
    }

    [Fact]
    public async Task A_note_sent_twice_with_its_key_is_kept_once_and_another_tenants_manager_is_refused()
    {
        var people = await CoachingPeople.Create(Host);
        var foreign = await CoachingPeople.Create(Host);
        var sessionId = await Start(people, "Plan the handover", key: null);
        const string addNote = "mutation($s:ID!,$n:String!,$k:String){ addSessionNote(sessionId:$s, notes:$n, idempotencyKey:$k){ notes { text } } }";

        for (var i = 0; i < 2; i++)
            (await Host.Graph(addNote, new { s = sessionId, n = "Handover before the summer", k = "goal-note" }, people.ManagerKey)).Ok();
        var reused = await Host.Graph(addNote, new { s = sessionId, n = "Two colleagues know the system", k = "goal-note" }, people.ManagerKey);
        var refused = await Host.Graph(addNote, new { s = sessionId, n = "Handover before the summer", k = "goal-note" }, foreign.ManagerKey);
        var badKey = await Host.Graph(addNote, new { s = sessionId, n = "Handover before the summer", k = " " }, people.ManagerKey);

        Assert.Equal("CONFLICT", reused.ErrorCode);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
        Assert.Equal("BAD_USER_INPUT", badKey.ErrorCode);
        var notes = (await Host.Graph("query($s:ID!){ coachingSession(id:$s){ notes { text } } }", new { s = sessionId }, people.ManagerKey))
            .Ok().At("coachingSession", "notes");
        Assert.Equal(["Handover before the summer"], notes.EnumerateArray().Select(n => n.GetProperty("text").GetString()));
    }

    private async Task<string> Start(CoachingPeople people, string goal, string? key) =>
        (await Host.Graph(StartSession, new { e = people.Structure.EmployeeId, g = goal, k = key }, people.ManagerKey))
        .Ok().At("startCoachingSession", "id").GetString()!;

    private async Task<int> SessionCount(CoachingPeople people) =>
        (await Host.Graph("query($e:ID!){ employee(id:$e){ coachingSessions { id } } }", new { e = people.Structure.EmployeeId }, people.ManagerKey))
        .Ok().At("employee", "coachingSessions").GetArrayLength();
}
