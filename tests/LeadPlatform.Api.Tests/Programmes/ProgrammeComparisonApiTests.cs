using System.Text.Json;
using LeadPlatform.Api.Tests.Coaching;

namespace LeadPlatform.Api.Tests.Programmes;

/// <summary>
/// A consultancy records a programme for a client, its managers coach before and after the training days (the fake
/// clock moves between them), and the comparison through GraphQL matches figures worked out by hand.
/// </summary>
[Collection(FakeClockHostCollection.Name)]
public sealed class ProgrammeComparisonApiTests(FakeClockHost fixture)
{
    private TestHost Host => fixture.Host;

    private const string Comparison = """
        windowDays before { from to days } after { from to days }
        all { ...group } trainingOnly { ...group } trainingAndCoaching { ...group }
        """;

    private const string Group = """
        fragment group on ProgrammeGroup { managers
          before { managers managersCoaching adoptionRate sessionsCompleted coachHatShare }
          after { managers managersCoaching adoptionRate sessionsCompleted coachHatShare }
          change { adoptionRate sessionsCompleted coachHatShare } }
        """;

    private sealed record Lead(string ManagerId, string EmployeeId, string Key);

    [Fact]
    public async Task Adoption_before_and_after_training_per_track_is_exact()
    {
        var day0 = fixture.Today;
        string Date(int offset) => day0.AddDays(offset).ToString("yyyy-MM-dd");
        var consultancy = await Admin("mutation{ createConsultancy(name:\"Leadership Works\"){ id } }", "createConsultancy", "id");
        var organisation = await Admin($"mutation{{ createOrganisation(name:\"Programme BV\", consultancyId:\"{consultancy}\"){{ id }} }}", "createOrganisation", "id");
        var consultant = await Key(consultancy, "CONSULTANT", null);
        var mila = await NewLead(organisation, "Mila");
        var sam = await NewLead(organisation, "Sam");
        var noor = await NewLead(organisation, "Noor");

        // Training on day 10 and 11; 7-day windows: before = days 3..9, after = days 12..18.
        var programme = (await Host.Graph("""
            mutation($o:ID!, $input: ProgrammeInput!){ recordProgramme(organisationId:$o, input:$input){ id name trainingDates tracks { manager { name } track } } }
            """, new
        {
            o = organisation,
            input = new
            {
                name = "Coach hat 2026",
                trainingDates = new[] { Date(11), Date(10) },
                tracks = new object[]
                {
                    new { managerId = mila.ManagerId, track = "TRAINING_ONLY" },
                    new { managerId = sam.ManagerId, track = "TRAINING_ONLY" },
                    new { managerId = noor.ManagerId, track = "TRAINING_AND_COACHING" },
                },
            },
        }, consultant)).Ok().At("recordProgramme");
        var programmeId = programme.GetProperty("id").GetString()!;
        Assert.Equal([Date(10), Date(11)], programme.GetProperty("trainingDates").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["Mila:TRAINING_ONLY", "Sam:TRAINING_ONLY", "Noor:TRAINING_AND_COACHING"], programme.GetProperty("tracks").EnumerateArray()
            .Select(t => $"{t.GetProperty("manager").GetProperty("name").GetString()}:{t.GetProperty("track").GetString()}"));

        await MoveTo(day0, 1);
        await CompleteSession(sam); // before the before-window: not counted
        await MoveTo(day0, 4);
        await CompleteSession(mila); // before: a session (and its COACH interaction)
        await LogInteraction(mila, "MANAGER"); // before: one MANAGER interaction
        await MoveTo(day0, 10);
        await CompleteSession(noor); // a training day: in neither window
        await MoveTo(day0, 11);
        var during = await Compare(organisation, consultant, g => g.GetProperty("all").GetProperty("before").GetProperty("sessionsCompleted").GetInt64() == 1);
        Assert.Equal(JsonValueKind.Null, during.GetProperty("after").ValueKind);
        Assert.Equal(JsonValueKind.Null, during.GetProperty("all").GetProperty("change").ValueKind);

        await MoveTo(day0, 12);
        await CompleteSession(noor); // after
        await LogInteraction(mila, "COACH"); // after
        await MoveTo(day0, 13);
        await CompleteSession(noor); // after
        await MoveTo(day0, 20);
        await CompleteSession(sam); // after the after-window: not counted

        var effect = await Compare(organisation, consultant, e => e.GetProperty("all").GetProperty("after").GetProperty("sessionsCompleted").GetInt64() == 2
            && e.GetProperty("all").GetProperty("after").GetProperty("coachHatShare").GetDouble() == 1.0);
        Assert.Equal(7, effect.GetProperty("windowDays").GetInt32());
        Assert.Equal((Date(3), Date(9), 7), Period(effect.GetProperty("before")));
        Assert.Equal((Date(12), Date(18), 7), Period(effect.GetProperty("after")));

        var all = effect.GetProperty("all");
        Assert.Equal(3, all.GetProperty("managers").GetInt32());
        AssertFigures(all.GetProperty("before"), managers: 3, coaching: 1, rate: 1 / 3.0, sessions: 1, coachHat: 0.5); // Mila: 1 coach of 2
        AssertFigures(all.GetProperty("after"), managers: 3, coaching: 1, rate: 1 / 3.0, sessions: 2, coachHat: 1.0); // Noor ×2, Mila's COACH
        AssertChange(all.GetProperty("change"), rate: 0, sessions: 1, coachHat: 0.5);

        var trainingOnly = effect.GetProperty("trainingOnly"); // Mila and Sam
        Assert.Equal(2, trainingOnly.GetProperty("managers").GetInt32());
        AssertFigures(trainingOnly.GetProperty("before"), managers: 2, coaching: 1, rate: 0.5, sessions: 1, coachHat: 0.5);
        AssertFigures(trainingOnly.GetProperty("after"), managers: 2, coaching: 0, rate: 0, sessions: 0, coachHat: 1.0);
        AssertChange(trainingOnly.GetProperty("change"), rate: -0.5, sessions: -1, coachHat: 0.5);

        var coached = effect.GetProperty("trainingAndCoaching"); // Noor
        Assert.Equal(1, coached.GetProperty("managers").GetInt32());
        AssertFigures(coached.GetProperty("before"), managers: 1, coaching: 0, rate: 0, sessions: 0, coachHat: 0);
        AssertFigures(coached.GetProperty("after"), managers: 1, coaching: 1, rate: 1.0, sessions: 2, coachHat: 1.0);
        AssertChange(coached.GetProperty("change"), rate: 1.0, sessions: 2, coachHat: 1.0);

        // The same programme in the consultancy's client comparison row.
        var row = (await Host.Graph($$"""
            query($c:ID!){ consultancy(id:$c){ clientComparison { clients { organisation { id } programme { id name comparison(windowDays: 7) { {{Comparison}} } } } } } }
            {{Group}}
            """, new { c = consultancy }, consultant)).Ok().At("consultancy", "clientComparison", "clients")[0];
        Assert.Equal(programmeId, row.GetProperty("programme").GetProperty("id").GetString());
        Assert.Equal(effect.GetRawText(), row.GetProperty("programme").GetProperty("comparison").GetRawText());

        // Audited with ids only: the programme's name stays out of the log.
        var log = (await Host.Graph("query($o:ID!){ auditLog(organisationId:$o){ edges { node { action actorRole targetId details } } } }", new { o = organisation }))
            .Ok().At("auditLog", "edges");
        var entry = log.EnumerateArray().Select(e => e.GetProperty("node")).Single(n => n.GetProperty("action").GetString() == "recordProgramme");
        Assert.Equal((programmeId, "CONSULTANT"), (entry.GetProperty("targetId").GetString(), entry.GetProperty("actorRole").GetString()));
        Assert.DoesNotContain("Coach hat", log.GetRawText());
    }

    private static (string?, string?, int) Period(JsonElement period) =>
        (period.GetProperty("from").GetString(), period.GetProperty("to").GetString(), period.GetProperty("days").GetInt32());

    private static void AssertFigures(JsonElement figures, long managers, long coaching, double rate, long sessions, double coachHat)
    {
        Assert.Equal(managers, figures.GetProperty("managers").GetInt64());
        Assert.Equal(coaching, figures.GetProperty("managersCoaching").GetInt64());
        Assert.Equal(rate, figures.GetProperty("adoptionRate").GetDouble(), 12);
        Assert.Equal(sessions, figures.GetProperty("sessionsCompleted").GetInt64());
        Assert.Equal(coachHat, figures.GetProperty("coachHatShare").GetDouble(), 12);
    }

    private static void AssertChange(JsonElement change, double rate, long sessions, double coachHat)
    {
        Assert.Equal(rate, change.GetProperty("adoptionRate").GetDouble(), 12);
        Assert.Equal(sessions, change.GetProperty("sessionsCompleted").GetInt64());
        Assert.Equal(coachHat, change.GetProperty("coachHatShare").GetDouble(), 12);
    }

    /// <summary>The organisation's only programme's comparison over 7-day windows, once <paramref name="settled"/> (facts reach the adoption grains asynchronously).</summary>
    private async Task<JsonElement> Compare(string organisationId, string key, Func<JsonElement, bool> settled)
    {
        for (var attempt = 0; ; attempt++)
        {
            var effect = (await Host.Graph($"query($o:ID!){{ organisation(id:$o){{ programmes {{ comparison(windowDays: 7) {{ {Comparison} }} }} }} }} {Group}",
                new { o = organisationId }, key)).Ok().At("organisation", "programmes")[0].GetProperty("comparison");
            if (settled(effect) || attempt > 200) return effect;
            await Task.Delay(25);
        }
    }

    private Task MoveTo(DateOnly day0, int offset)
    {
        var target = new DateTimeOffset(day0.AddDays(offset).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        fixture.Clock.Advance(target - fixture.Clock.GetUtcNow());
        return Task.CompletedTask;
    }

    private async Task CompleteSession(Lead person)
    {
        var session = (await Host.Graph("mutation($e:ID!){ startCoachingSession(employeeId:$e, goal:\"Plan the week together\"){ id } }",
            new { e = person.EmployeeId }, person.Key)).Ok().At("startCoachingSession", "id").GetString();
        for (var i = 0; i < 3; i++)
            (await Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Noted\"){ stage } }", new { s = session }, person.Key)).Ok();
        (await Host.Graph("mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Try it\", dueDate:$d){ id } }",
            new { s = session, d = fixture.Today.AddDays(2).ToString("yyyy-MM-dd") }, person.Key)).Ok();
        Assert.Equal("COMPLETED", (await Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s){ stage } }", new { s = session }, person.Key))
            .Ok().At("advanceSession", "stage").GetString());
    }

    private async Task LogInteraction(Lead person, string hat) =>
        (await Host.Graph($"mutation($m:ID!,$e:ID!){{ logInteraction(managerId:$m, employeeId:$e, hat: {hat}) }}",
            new { m = person.ManagerId, e = person.EmployeeId }, person.Key)).Ok();

    private async Task<Lead> NewLead(string organisationId, string name)
    {
        var team = await Admin($"mutation{{ addTeam(organisationId:\"{organisationId}\", name:\"Team {name}\"){{ id }} }}", "addTeam", "id");
        var manager = await Admin($"mutation{{ addManager(teamId:\"{team}\", name:\"{name}\"){{ id }} }}", "addManager", "id");
        var employee = await Admin($"mutation{{ addEmployee(teamId:\"{team}\", name:\"Report of {name}\"){{ id }} }}", "addEmployee", "id");
        return new Lead(manager, employee, await Key(organisationId, "MANAGER", manager));
    }

    private async Task<string> Key(string tenantId, string role, string? subjectId) =>
        (await Host.Graph("mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }",
            new { t = tenantId, r = role, s = subjectId })).Ok().At("issueApiKey", "key").GetString()!;

    private async Task<string> Admin(string mutation, params string[] path) => (await Host.Graph(mutation)).Ok().At(path).GetString()!;
}
