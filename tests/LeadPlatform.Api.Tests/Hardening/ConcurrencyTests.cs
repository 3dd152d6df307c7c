using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using LeadPlatform.Api.Tests.Hardening.Worlds;
using Xunit.Abstractions;

namespace LeadPlatform.Api.Tests.Hardening;

/// <summary>
/// Hundreds of concurrent writes to one employee, one team, one organisation and one manager's coaching, through the
/// real host: every acknowledged write is there afterwards, refused ones are not, and every counter (lists, totals,
/// adoption figures at organisation and consultancy level) adds up exactly, also a while later (no double counting).
/// </summary>
public sealed class ConcurrencyTests(CapturingHost fixture, ITestOutputHelper output) : IClassFixture<CapturingHost>
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(45);

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Concurrent_assessments_of_one_employee_are_all_kept_and_counted_once()
    {
        var side = await SideIds.Build(Host, "one employee");
        // The side's own assessment first: counted after the baseline, it would look like a double count.
        await ArrivedAdoption.Of((q, v, k) => Host.Graph(q, v, k), side.AdminKey, "organisation", side.OrganisationId, "developmentLevels { count }",
            f => ArrivedAdoption.Assessments(f) == 1);
        var before = await Levels(side);
        (string Competence, string Commitment)[] cells =
            [("LOW", "HIGH"), ("LOW", "LOW"), ("SOME", "LOW"), ("SOME", "VARIABLE"), ("HIGH", "VARIABLE"), ("HIGH", "HIGH")];

        var byManager = Concurrently(300, i => Host.Graph(
            "mutation($e:ID!,$t:String!,$c:Competence!,$m:Commitment!){ assessEmployee(employeeId:$e, task:$t, competence:$c, commitment:$m){ task competence commitment developmentLevel } }",
            new { e = side.EmployeeId, t = $"Task {i:D3}", c = cells[i % cells.Length].Competence, m = cells[i % cells.Length].Commitment },
            side.KeyOf(i % 3 == 0 ? "PLATFORM_ADMIN" : "MANAGER")));
        var bySelf = Concurrently(100, i => Host.Graph(
            "mutation($t:String!){ assessSelf(task:$t, competence: SOME, commitment: HIGH){ task } }", new { t = $"Self {i:D3}" }, side.KeyOf("EMPLOYEE")));
        var managerAcked = Acknowledged(await byManager, "assessEmployee");
        var selfAcked = Acknowledged(await bySelf, "assessSelf");
        output.WriteLine($"assessEmployee: {managerAcked.Count}/300 acknowledged; assessSelf: {selfAcked.Count}/100");

        var employee = (await Host.Graph("query($e:ID!){ employee(id:$e){ assessments { task competence commitment } assessmentComparisons { task bySelf { task } } } }",
            new { e = side.EmployeeId })).Ok().At("employee");
        var stored = employee.GetProperty("assessments").EnumerateArray()
            .ToDictionary(a => a.GetProperty("task").GetString()!, a => (a.GetProperty("competence").GetString(), a.GetProperty("commitment").GetString()));
        Assert.Equal(managerAcked.Count + 1, stored.Count); // + the "Tickets" assessment the side was built with
        foreach (var acked in managerAcked)
            Assert.Equal((acked.GetProperty("competence").GetString(), acked.GetProperty("commitment").GetString()), stored[acked.GetProperty("task").GetString()!]);
        var selfStored = employee.GetProperty("assessmentComparisons").EnumerateArray()
            .Where(c => c.GetProperty("bySelf").ValueKind != JsonValueKind.Null).Select(c => c.GetProperty("task").GetString()).ToHashSet();
        Assert.Equal(selfAcked.Select(a => a.GetProperty("task").GetString()).ToHashSet(), selfStored);

        // Adoption: each acknowledged assessment once in the distribution of development levels, organisation and consultancy.
        var expected = new Dictionary<string, long>(before);
        foreach (var acked in managerAcked)
        {
            var level = acked.GetProperty("developmentLevel").GetString()!;
            expected[level] = expected.GetValueOrDefault(level) + 1;
        }
        await AssertSettles(() => Levels(side), expected, "development levels (organisation)");
        await AssertSettles(() => Levels(side, consultancy: true), expected, "development levels (consultancy)");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task Concurrent_writes_to_one_team_are_all_kept()
    {
        var side = await SideIds.Build(Host, "one team");
        string[] structureKeys = ["PLATFORM_ADMIN", "ORG_ADMIN", "CONSULTANT"];
        var added = Concurrently(200, i => Host.Graph("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }",
            new { t = side.TeamId, n = $"Member {i:D3}" }, side.KeyOf(structureKeys[i % 3])));
        var pulses = Concurrently(100, i => Host.Graph("mutation($t:ID!,$e:Int!,$g:Int!){ recordTeamPulse(teamId:$t, energy:$e, engagement:$g){ id } }",
            new { t = side.TeamId, e = i % 4 + 1, g = i * 3 % 5 + 1 }, side.KeyOf(i % 2 == 0 ? "MANAGER" : "ORG_ADMIN")));
        var sessions = Concurrently(30, i => Host.Graph("mutation($t:ID!,$p:String!){ startTeamSession(teamId:$t, topic:$p){ id } }",
            new { t = side.TeamId, p = $"Topic {i}" }, side.KeyOf("MANAGER")));
        var addedIds = Acknowledged(await added, "addEmployee").Select(e => e.GetProperty("id").GetString()!).ToList();
        var pulseAcked = (await pulses).Where(r => !r.Response.HasErrors).Select(r => (Energy: r.Index % 4 + 1, Engagement: r.Index * 3 % 5 + 1)).ToList();
        var sessionIds = Acknowledged(await sessions, "startTeamSession").Select(s => s.GetProperty("id").GetString()!).ToList();

        var ideas = Acknowledged(await Concurrently(90, i => Host.Graph("mutation($s:ID!,$x:String!,$o:ID!){ addTeamIdea(teamSessionId:$s, text:$x, ownerId:$o){ id } }",
            new { s = side.TeamSessionId, x = $"Idea {i}", o = addedIds[i % addedIds.Count] }, side.KeyOf("MANAGER"))), "addTeamIdea")
            .Select(i => i.GetProperty("id").GetString()!).ToHashSet();
        output.WriteLine($"addEmployee {addedIds.Count}/200, recordTeamPulse {pulseAcked.Count}/100, startTeamSession {sessionIds.Count}/30, addTeamIdea {ideas.Count}/90 acknowledged");

        var team = (await Host.Graph("""
            query($t:ID!){ team(id:$t){ employees { id team { id } } employeesConnection(first: 200) { totalCount }
              pulse { energy engagement } teamSessions { id ideas { id } } } }
            """, new { t = side.TeamId })).Ok().At("team");
        var members = team.GetProperty("employees").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(members.Count, members.Distinct().Count());
        Assert.Equal(addedIds.Append(side.EmployeeId).Order(), members.Order());
        Assert.Equal(addedIds.Count + 1, team.GetProperty("employeesConnection").GetProperty("totalCount").GetInt32());
        Assert.All(team.GetProperty("employees").EnumerateArray(), e => Assert.Equal(side.TeamId, e.GetProperty("team").GetProperty("id").GetString()));
        Assert.Equal(pulseAcked.Order().ToList(), team.GetProperty("pulse").EnumerateArray()
            .Select(p => (Energy: p.GetProperty("energy").GetInt32(), Engagement: p.GetProperty("engagement").GetInt32())).Order().ToList());
        var storedSessions = team.GetProperty("teamSessions").EnumerateArray().ToList();
        Assert.Equal(sessionIds.Append(side.TeamSessionId).Order(), storedSessions.Select(s => s.GetProperty("id").GetString()!).Order());
        Assert.Equal(ideas, storedSessions.Single(s => s.GetProperty("id").GetString() == side.TeamSessionId)
            .GetProperty("ideas").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToHashSet());

        // The pulse averages in adoption are sums over exactly these readings.
        var energy = pulseAcked.Average(p => p.Energy);
        var engagement = pulseAcked.Average(p => p.Engagement);
        await AssertSettles(async () =>
        {
            var adoption = (await Host.Graph("query($o:ID!){ organisation(id:$o){ adoption { averageEnergy averageEngagement } } }", new { o = side.OrganisationId }))
                .Ok().At("organisation", "adoption");
            return $"{adoption.GetProperty("averageEnergy")} {adoption.GetProperty("averageEngagement")}";
        }, $"{JsonSerializer.Serialize(energy)} {JsonSerializer.Serialize(engagement)}", "pulse averages");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task Concurrent_structure_changes_to_one_organisation_add_up_in_adoption()
    {
        var side = await SideIds.Build(Host, "one organisation");
        string[] structureKeys = ["PLATFORM_ADMIN", "ORG_ADMIN", "CONSULTANT"];
        var teamIds = Acknowledged(await Concurrently(150, i => Host.Graph("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }",
            new { o = side.OrganisationId, n = $"Team {i:D3}" }, side.KeyOf(structureKeys[i % 3]))), "addTeam").Select(t => t.GetProperty("id").GetString()!).ToList();

        // One manager per new team, and eleven at once for the first: exactly one of those may win.
        var managers = Concurrently(teamIds.Count + 10, i => Host.Graph("mutation($t:ID!,$n:String!){ addManager(teamId:$t, name:$n){ id team { id } } }",
            new { t = teamIds[Math.Max(0, i - 10)], n = $"Manager {i:D3}" }, side.KeyOf(structureKeys[i % 3])));
        var managerResults = await managers;
        var managerAcked = Acknowledged(managerResults, "addManager");
        var contested = managerResults.Where(r => r.Index <= 10).ToList();
        output.WriteLine($"addTeam {teamIds.Count}/150, addManager {managerAcked.Count}/{teamIds.Count + 10} acknowledged; " +
                         $"contested team: {contested.Count(r => !r.Response.HasErrors)} won, codes {string.Join(",", contested.Select(r => r.Response.ErrorCode ?? "ok"))}");
        Assert.Equal(1, contested.Count(r => !r.Response.HasErrors));
        Assert.All(contested.Where(r => r.Response.HasErrors), r => Assert.Equal("CONFLICT", r.Response.ErrorCode));

        var organisation = (await Host.Graph("query($o:ID!){ organisation(id:$o){ teams { id manager { id } } } }", new { o = side.OrganisationId }))
            .Ok().At("organisation", "teams").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!,
                t => t.GetProperty("manager").ValueKind == JsonValueKind.Null ? null : t.GetProperty("manager").GetProperty("id").GetString());
        Assert.Equal(teamIds.Append(side.TeamId).Order(), organisation.Keys.Order());
        foreach (var manager in managerAcked)
            Assert.Equal(manager.GetProperty("id").GetString(), organisation[manager.GetProperty("team").GetProperty("id").GetString()!]);

        var expected = (1 + managerAcked.Count).ToString();
        await AssertSettles(() => Managers(side, consultancy: false), expected, "adoption managers (organisation)");
        await AssertSettles(() => Managers(side, consultancy: true), expected, "adoption managers (consultancy)");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task Concurrent_coaching_of_one_manager_adds_up_in_sessions_actions_and_adoption()
    {
        var side = await SideIds.Build(Host, "coaching");
        var others = new List<string>();
        for (var i = 0; i < 2; i++)
            others.Add((await Host.Graph("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = side.TeamId, n = $"Report {i}" }))
                .Ok().At("addEmployee", "id").GetString()!);
        string[] employees = [side.EmployeeId, .. others];
        var manager = side.KeyOf("MANAGER");

        // 60 sessions and 40 logged interactions at once.
        var starts = Concurrently(60, i => Host.Graph("mutation($e:ID!,$g:String!){ startCoachingSession(employeeId:$e, goal:$g){ id employee { id } } }",
            new { e = employees[i % 3], g = $"Goal number {i}" }, manager));
        var logs = Concurrently(40, i => Host.Graph("mutation($m:ID!,$e:ID!,$h:Hat!){ logInteraction(managerId:$m, employeeId:$e, hat:$h) }",
            new { m = side.ManagerId, e = employees[i % 3], h = i % 4 == 0 ? "MANAGER" : "COACH" }, manager));
        var sessions = Acknowledged(await starts, "startCoachingSession").Select(s => (Id: s.GetProperty("id").GetString()!, Employee: s.GetProperty("employee").GetProperty("id").GetString()!)).ToList();
        var logged = (await logs).Where(r => !r.Response.HasErrors).Select(r => r.Index % 4 == 0 ? "MANAGER" : "COACH").ToList();

        // Per session, at once: six questions; then to WILL; three actions; two of them completed (twice each, at once).
        var questions = new ConcurrentBag<(string Session, string Kind)>();
        var actions = new ConcurrentBag<(string Session, string Action)>();
        var completed = new ConcurrentDictionary<string, bool>();
        string[] texts = ["What would you like to achieve?", "Did you try that already?", "How does that feel for you?"];
        await Task.WhenAll(sessions.Select(async session =>
        {
            foreach (var (_, response) in await Concurrently(6, q => Host.Graph("mutation($s:ID!,$x:String!){ recordQuestion(sessionId:$s, text:$x){ kind } }",
                         new { s = session.Id, x = texts[q % texts.Length] }, manager)))
                if (!response.HasErrors) questions.Add((session.Id, response.At("recordQuestion", "kind").GetString()!));
            for (var stage = 0; stage < 3; stage++)
                (await Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s){ stage } }", new { s = session.Id }, manager)).Ok();
            var added = Acknowledged(await Concurrently(3, a => Host.Graph("mutation($s:ID!,$x:String!,$d:Date!){ addAction(sessionId:$s, description:$x, dueDate:$d){ id } }",
                new { s = session.Id, x = $"Step {a}", d = Schema.SampleValues.InAWeek }, manager)), "addAction").Select(a => a.GetProperty("id").GetString()!).ToList();
            foreach (var action in added) actions.Add((session.Id, action));
            var completer = session.Employee == side.EmployeeId ? side.KeyOf("EMPLOYEE") : manager;
            foreach (var (index, response) in await Concurrently(4, c => Host.Graph("mutation($a:ID!){ completeAction(actionId:$a){ id completed } }",
                         new { a = added[c % 2] }, c % 2 == 0 ? completer : manager)))
                if (!response.HasErrors) completed[added[index % 2]] = true;
        }));
        // The side's own open action, completed twice at once as well.
        foreach (var (_, response) in await Concurrently(2, _ => Host.Graph("mutation($a:ID!){ completeAction(actionId:$a){ completed } }", new { a = side.ActionId }, manager)))
            if (!response.HasErrors) completed[side.ActionId] = true;

        // Half of the sessions are completed, all at once.
        var toComplete = sessions.Where((_, i) => i % 2 == 0).ToList();
        var finished = (await Concurrently(toComplete.Count, i => Host.Graph("mutation($s:ID!){ advanceSession(sessionId:$s){ stage } }", new { s = toComplete[i].Id }, manager)))
            .Where(r => !r.Response.HasErrors).Select(r => toComplete[r.Index].Id).ToHashSet();
        output.WriteLine($"sessions {sessions.Count}/60, interactions {logged.Count}/40, questions {questions.Count}/{sessions.Count * 6}, " +
                         $"actions {actions.Count}/{sessions.Count * 3}, completed actions {completed.Count}, completed sessions {finished.Count}/{toComplete.Count}");

        // Everything acknowledged is stored, once.
        var record = (await Host.Graph("""
            query($m:ID!){ manager(id:$m){ interactionCount coachingSessions { id stage employee { id } actions { id completed } questions { kind } } } }
            """, new { m = side.ManagerId }, manager)).Ok().At("manager");
        Assert.Equal(1 + sessions.Count + logged.Count, record.GetProperty("interactionCount").GetInt32());
        var stored = record.GetProperty("coachingSessions").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal(sessions.Select(s => s.Id).Append(side.SessionId).Order(), stored.Keys.Order());
        foreach (var session in sessions)
        {
            var s = stored[session.Id];
            Assert.Equal(session.Employee, s.GetProperty("employee").GetProperty("id").GetString());
            Assert.Equal(finished.Contains(session.Id) ? "COMPLETED" : "WILL", s.GetProperty("stage").GetString());
            Assert.Equal(questions.Where(q => q.Session == session.Id).Select(q => q.Kind).Order(),
                s.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("kind").GetString()!).Order());
            Assert.Equal(actions.Where(a => a.Session == session.Id).Select(a => (a.Action, completed.ContainsKey(a.Action))).Order(),
                s.GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("completed").GetBoolean())).Order());
        }
        foreach (var employee in employees)
        {
            var listed = (await Host.Graph("query($e:ID!){ employee(id:$e){ coachingSessions { id } } }", new { e = employee }, manager)).Ok()
                .At("employee", "coachingSessions").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order();
            Assert.Equal(sessions.Where(s => s.Employee == employee).Select(s => s.Id).Concat(employee == side.EmployeeId ? [side.SessionId] : []).Order(), listed);
        }

        // Adoption, at organisation and consultancy: every fact once.
        var open = questions.Count(q => q.Kind == "OPEN");
        var closed = questions.Count(q => q.Kind == "CLOSED");
        var coach = 1 + sessions.Count + logged.Count(h => h == "COACH");
        var expected = Adoption(
            sessionsStarted: 1 + sessions.Count,
            sessionsCompleted: finished.Count,
            managersCoaching: finished.Count > 0 ? 1 : 0,
            openQuestionRatio: Ratio(open, open + closed),
            coachHatShare: Ratio(coach, 1 + sessions.Count + logged.Count),
            actionCompletionRate: Ratio(completed.Count, 1 + actions.Count));
        await AssertSettles(() => AdoptionOf(side, consultancy: false), expected, "coaching adoption (organisation)");
        await AssertSettles(() => AdoptionOf(side, consultancy: true), expected, "coaching adoption (consultancy)");
        AssertNoErrorLogged();
    }

    private static Task<(int Index, GraphResponse Response)[]> Concurrently(int count, Func<int, Task<GraphResponse>> call) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(async i => (i, await Task.Run(() => call(i)))));

    /// <summary>The results of the calls that succeeded; the others must be refusals, never INTERNAL.</summary>
    private static List<JsonElement> Acknowledged((int Index, GraphResponse Response)[] results, string field)
    {
        Assert.All(results, r => Assert.True(r.Response.Status < 500 && r.Response.ErrorCode is null or "CONFLICT" or "UNAVAILABLE", r.Response.Raw));
        return results.Where(r => !r.Response.HasErrors).Select(r => r.Response.At(field)).ToList();
    }

    /// <summary>Waits until <paramref name="read"/> gives <paramref name="expected"/> (adoption follows asynchronously), then checks it stays so.</summary>
    private async Task AssertSettles<T>(Func<Task<T>> read, T expected, string what)
    {
        var clock = Stopwatch.StartNew();
        var actual = await read();
        while (!Equals(actual, expected) && clock.Elapsed < Settle)
        {
            await Task.Delay(200);
            actual = await read();
        }
        Assert.True(Equals(actual, expected), $"{what}: expected {expected}, got {actual} after {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine($"{what} settled after {clock.Elapsed.TotalMilliseconds:F0} ms: {actual}");
        await Task.Delay(TimeSpan.FromSeconds(2));
        actual = await read();
        Assert.True(Equals(actual, expected), $"{what}: settled at {expected} but then became {actual} (counted twice?)");
    }

    private async Task AssertSettles(Func<Task<Dictionary<string, long>>> read, Dictionary<string, long> expected, string what) =>
        await AssertSettles(async () => Show(await read()), Show(expected), what);

    private static string Show(Dictionary<string, long> counts) => string.Join(" ", counts.Where(c => c.Value != 0).OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));

    private async Task<Dictionary<string, long>> Levels(SideIds side, bool consultancy = false)
    {
        var report = consultancy
            ? (await Host.Graph("query($c:ID!){ consultancy(id:$c){ adoption { developmentLevels { level count } } } }", new { c = side.ConsultancyId })).Ok().At("consultancy", "adoption")
            : (await Host.Graph("query($o:ID!){ organisation(id:$o){ adoption { developmentLevels { level count } } } }", new { o = side.OrganisationId })).Ok().At("organisation", "adoption");
        return report.GetProperty("developmentLevels").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!, l => l.GetProperty("count").GetInt64());
    }

    private async Task<string> Managers(SideIds side, bool consultancy) => consultancy
        ? (await Host.Graph("query($c:ID!){ consultancy(id:$c){ adoption { managers } } }", new { c = side.ConsultancyId })).Ok().At("consultancy", "adoption", "managers").GetRawText()
        : (await Host.Graph("query($o:ID!){ organisation(id:$o){ adoption { managers } } }", new { o = side.OrganisationId })).Ok().At("organisation", "adoption", "managers").GetRawText();

    private const string AdoptionFields = "sessionsStarted sessionsCompleted managersCoaching openQuestionRatio coachHatShare actionCompletionRate";

    private async Task<string> AdoptionOf(SideIds side, bool consultancy)
    {
        var report = consultancy
            ? (await Host.Graph($"query($c:ID!){{ consultancy(id:$c){{ adoption {{ {AdoptionFields} }} }} }}", new { c = side.ConsultancyId })).Ok().At("consultancy", "adoption")
            : (await Host.Graph($"query($o:ID!){{ organisation(id:$o){{ adoption {{ {AdoptionFields} }} }} }}", new { o = side.OrganisationId })).Ok().At("organisation", "adoption");
        return Adoption(report.GetProperty("sessionsStarted").GetInt64(), report.GetProperty("sessionsCompleted").GetInt64(), report.GetProperty("managersCoaching").GetInt64(),
            report.GetProperty("openQuestionRatio").GetDouble(), report.GetProperty("coachHatShare").GetDouble(), report.GetProperty("actionCompletionRate").GetDouble());
    }

    private static string Adoption(long sessionsStarted, long sessionsCompleted, long managersCoaching, double openQuestionRatio, double coachHatShare, double actionCompletionRate) =>
        $"started={sessionsStarted} completed={sessionsCompleted} coaching={managersCoaching} open={openQuestionRatio:F6} coachHat={coachHatShare:F6} actionsDone={actionCompletionRate:F6}";

    private static double Ratio(long part, long whole) => whole == 0 ? 0 : (double)part / whole;

    private void AssertNoErrorLogged()
    {
        var errors = fixture.Logs.Errors.ToList();
        Assert.True(errors.Count == 0, "the host logged errors:\n" + string.Join("\n", errors.Take(10)));
    }
}
