using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LeadPlatform.Benchmarks.Load;

/// <summary>
/// Seeds a population through the public GraphQL API (no back door), with bounded concurrency:
/// consultancies, organisations (one large one), teams with a manager each, employees, one assessment per
/// employee and task, and completed GROW sessions by a share of the managers. Writes the ids and keys
/// the load scripts need into the output folder, and the rate of every phase (the import rate).
/// </summary>
public sealed class Seeder(GraphClient graph, string adminKey, SeedPlan plan, int concurrency, string outputFolder)
{
    public const string TaskName = "Klantgesprekken";

    private static readonly string[] Competences = ["LOW", "SOME", "HIGH"];
    private static readonly string[] Commitments = ["LOW", "VARIABLE", "HIGH"];

    private readonly List<PhaseResult> phases = [];

    public async Task<IReadOnlyList<PhaseResult>> Run()
    {
        Directory.CreateDirectory(outputFolder);
        var total = Stopwatch.StartNew();
        Console.WriteLine($"seeding {plan}");

        var consultancies = new string[plan.Consultancies];
        await Step("consultancies", Enumerable.Range(0, plan.Consultancies).ToArray(), 1, async (i, _) =>
            consultancies[i] = Id(await graph.Run(adminKey, "mutation($n: String!) { createConsultancy(name: $n) { id } }",
                new { n = $"Consultancy {i}" }), "createConsultancy"));

        var organisations = plan.Organisations();
        await Step("organisations", organisations, 1, async (o, _) =>
        {
            // Every second organisation is a consultancy's client, so adoption also rolls up to consultancies.
            var consultancyId = plan.Consultancies > 0 && o.Index % 2 == 0 ? consultancies[o.Index / 2 % plan.Consultancies] : null;
            o.Id = Id(await graph.Run(adminKey, "mutation($n: String!, $c: ID) { createOrganisation(name: $n, consultancyId: $c) { id } }",
                new { n = $"Organisation {o.Index}", c = consultancyId }), "createOrganisation");
        });

        var teams = organisations.SelectMany(o => o.Teams).ToArray();
        await Step("teams", teams, 1, async (t, _) =>
            t.Id = Id(await graph.Run(adminKey, "mutation($o: ID!, $n: String!) { addTeam(organisationId: $o, name: $n) { id } }",
                new { o = t.Organisation.Id, n = $"Team {t.Index}" }), "addTeam"));

        await Step("managers", teams, 1, async (t, _) =>
            t.ManagerId = Id(await graph.Run(adminKey, "mutation($t: ID!, $n: String!) { addManager(teamId: $t, name: $n) { id } }",
                new { t = t.Id, n = $"Manager {t.Index}" }), "addManager"));

        // Round-robin over the teams: a team grain adds one employee at a time, so concurrent adds go to different teams.
        var employees = Enumerable.Range(0, teams.Max(t => t.Size))
            .SelectMany(slot => teams.Where(t => slot < t.Size).Select(t => (Team: t, Slot: slot))).ToArray();
        await Step("employees", employees, 1, async (e, _) =>
            e.Team.EmployeeIds[e.Slot] = Id(await graph.Run(adminKey, "mutation($t: ID!, $n: String!) { addEmployee(teamId: $t, name: $n) { id } }",
                new { t = e.Team.Id, n = $"Employee {e.Team.Index}-{e.Slot}" }), "addEmployee"));

        var assessments = teams.SelectMany(t => t.EmployeeIds.Select((id, i) => (Id: id, Cell: t.Index + i))).ToArray();
        await Step("assessments", assessments, 1, async (a, _) =>
            await graph.Run(adminKey,
                "mutation($e: ID!, $t: String!, $c: Competence!, $m: Commitment!) { assessEmployee(employeeId: $e, task: $t, competence: $c, commitment: $m) { developmentLevel } }",
                new { e = a.Id, t = TaskName, c = Competences[a.Cell % 3], m = Commitments[a.Cell / 3 % 3] }));

        // Manager keys: the load scripts' managers (b, c, e) and the managers who coach (sessions).
        var big = organisations[0];
        var benchTeams = SpreadOver(teams, plan.BenchManagers).Prepend(big.Teams[0]).Distinct().ToArray();
        // Coaching sessions came with a later issue; a host without them is still measured, without sessions.
        var coaching = await graph.Schema() is { } sdl && sdl.Contains("startCoachingSession(", StringComparison.Ordinal);
        var coachingTeams = coaching ? SpreadOver(teams, plan.Sessions) : [];
        var keyed = benchTeams.Concat(coachingTeams).Distinct().ToArray();
        await Step("manager keys", keyed, 1, async (t, _) =>
            t.ManagerKey = Key(await graph.Run(adminKey, "mutation($o: ID!, $s: ID) { issueApiKey(tenantId: $o, role: MANAGER, subjectId: $s) { key } }",
                new { o = t.Organisation.Id, s = t.ManagerId })));
        var orgAdminKey = Key(await graph.Run(adminKey, "mutation($o: ID!) { issueApiKey(tenantId: $o, role: ORG_ADMIN) { key } }", new { o = big.Id }));

        if (coaching) await Step("coaching sessions", coachingTeams, 8, async (t, _) => await CompleteSession(t));
        else Console.WriteLine("  coaching sessions: skipped, this host's schema has no startCoachingSession");

        total.Stop();
        await WriteOutputs(organisations, teams, benchTeams, big, orgAdminKey, total.Elapsed);
        return phases;
    }

    /// <summary>A whole GROW conversation by the team's manager with one of the team's employees: 8 requests.</summary>
    private async Task CompleteSession(SeedTeam team)
    {
        var key = team.ManagerKey!;
        var employee = team.EmployeeIds[team.Index % team.Size];
        var session = Id(await graph.Run(key, "mutation($e: ID!, $g: String!) { startCoachingSession(employeeId: $e, goal: $g) { id } }",
            new { e = employee, g = "Ik wil klantgesprekken zelfstandig kunnen voeren." }), "startCoachingSession");
        await graph.Run(key, "mutation($s: ID!, $q: String!) { recordQuestion(sessionId: $s, text: $q) { kind } }", new { s = session, q = "Wat wil je over drie maanden bereikt hebben?" });
        await graph.Run(key, "mutation($s: ID!, $n: String) { advanceSession(sessionId: $s, notes: $n) { stage } }", new { s = session, n = "Doel: zelfstandig klantgesprekken voeren." });
        await graph.Run(key, "mutation($s: ID!, $q: String!) { recordQuestion(sessionId: $s, text: $q) { kind } }", new { s = session, q = "Heb je het al geprobeerd?" });
        await graph.Run(key, "mutation($s: ID!, $n: String) { advanceSession(sessionId: $s, notes: $n) { stage } }", new { s = session, n = "Twee gesprekken gevoerd met hulp." });
        await graph.Run(key, "mutation($s: ID!, $n: String) { advanceSession(sessionId: $s, notes: $n) { stage } }", new { s = session, n = "Meelopen\nZelf voeren met nabespreking" });
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await graph.Run(key, "mutation($s: ID!, $d: String!, $due: Date!) { addAction(sessionId: $s, description: $d, dueDate: $due) { id } }",
            new { s = session, d = "Drie klantgesprekken zelf voeren", due });
        await graph.Run(key, "mutation($s: ID!) { advanceSession(sessionId: $s) { stage } }", new { s = session });
    }

    private async Task Step<T>(string name, IReadOnlyList<T> items, int requestsPerItem, Func<T, CancellationToken, Task> work)
    {
        if (items.Count == 0) return;
        phases.Add(await PhaseResult.Run(name, items, requestsPerItem, concurrency, work));
    }

    private async Task WriteOutputs(SeedOrganisation[] organisations, SeedTeam[] teams, SeedTeam[] benchTeams, SeedOrganisation big, string orgAdminKey, TimeSpan elapsed)
    {
        // (b) and (c): every employee of every load-script manager, with that manager's key.
        await File.WriteAllLinesAsync(Path.Combine(outputFolder, "employee-targets.txt"),
            benchTeams.SelectMany(t => t.EmployeeIds.Select(e => $"{t.ManagerKey} {e}")));
        // (d): the large organisation and a key of its org admin.
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "adoption-target.txt"), $"{orgAdminKey} {big.Id}\n");
        // (e): the large organisation's first team and its manager's key.
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "team-target.txt"), $"{big.Teams[0].ManagerKey} {big.Teams[0].Id}\n");
        // Every employee, for the activation pass (RSS with all employee grains active).
        await File.WriteAllLinesAsync(Path.Combine(outputFolder, "employees.txt"), teams.SelectMany(t => t.EmployeeIds));

        var summary = new StringBuilder();
        summary.AppendLine("phase\trequests\tseconds\tper_second");
        foreach (var phase in phases)
            summary.AppendLine(CultureInfo.InvariantCulture, $"{phase.Name}\t{phase.Requests}\t{phase.Elapsed.TotalSeconds:F1}\t{phase.PerSecond:F0}");
        var requests = phases.Sum(p => p.Requests);
        summary.AppendLine(CultureInfo.InvariantCulture, $"total\t{requests}\t{elapsed.TotalSeconds:F1}\t{requests / elapsed.TotalSeconds:F0}");
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "seed-phases.tsv"), summary.ToString());
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "seed-population.txt"),
            $"{plan}\nteams {teams.Length}, managers {teams.Length}, employees {teams.Sum(t => t.Size)}, large organisation {big.Id} with {big.Teams.Sum(t => t.Size)} employees in {big.Teams.Length} teams\n");
        Console.WriteLine($"seeded {requests} requests in {elapsed.TotalSeconds:F0} s ({requests / elapsed.TotalSeconds:F0}/s overall)");
    }

    /// <summary>Up to <paramref name="count"/> items spread evenly over the list (every organisation size gets some).</summary>
    private static SeedTeam[] SpreadOver(SeedTeam[] teams, int count) =>
        count <= 0 ? [] : Enumerable.Range(0, Math.Min(count, teams.Length)).Select(i => teams[(int)((long)i * teams.Length / Math.Min(count, teams.Length))]).ToArray();

    internal static string Id(System.Text.Json.Nodes.JsonNode data, string field) => data[field]!["id"]!.GetValue<string>();

    private static string Key(System.Text.Json.Nodes.JsonNode data) => data["issueApiKey"]!["key"]!.GetValue<string>();
}
