using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LeadPlatform.Soak;

/// <summary>One request of the soak.</summary>
public sealed record Sample(double AtSeconds, string Operation, bool Write, double Milliseconds, string? Error);

/// <summary>
/// The soak: a small tenant population (one consultancy, three client organisations of four teams, a manager and six
/// employees each), then mixed traffic at a steady rate: reads of employees with recommendations and of teams,
/// adoption reports with trends, assessments, logged hats, team pulses, whole GROW sessions step by step (questions,
/// stages, an action item completed by the employee), and a trickle of new employees. Writes bounded state (a fixed
/// set of tasks; lists the grains cap), so memory and latency should stay flat: growth is what the soak looks for.
/// </summary>
public sealed class SoakRun(SoakOptions options)
{
    private static readonly string[] Tasks = ["Tickets", "Planning", "Reporting", "Onboarding", "Escalations", "Releases", "Budget", "Hiring"];
    private static readonly string[] Questions = ["What would you like to achieve?", "Did you try that already?", "What options do you see?", "How does that feel for you?"];
    private static readonly (string Competence, string Commitment)[] Cells =
        [("LOW", "HIGH"), ("LOW", "LOW"), ("SOME", "LOW"), ("SOME", "VARIABLE"), ("HIGH", "VARIABLE"), ("HIGH", "HIGH")];

    private readonly ConcurrentQueue<Sample> samples = new();
    private readonly ConcurrentQueue<(double At, double RssMib)> rss = new();
    // The machine's 1-minute load average beside RSS: on shared cores, latency drift is often the neighbours.
    private readonly ConcurrentQueue<(double At, double Load)> load = new();
    private readonly ConcurrentQueue<string> acknowledgedSessions = new();
    private readonly Stopwatch clock = new();

    private sealed record Team(string Id, string ManagerId, string ManagerKey, string[] Employees, string EmployeeKey);

    private sealed record Organisation(string Id, string AdminKey, Team[] Teams, string GrowthTeam);

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        Directory.CreateDirectory(options.Out);
        using var client = new SoakClient(options.Url);
        for (var i = 0; i < 600 && !await client.Ready(); i++) await Task.Delay(100, cancel);

        Console.WriteLine($"[soak] seeding the population at {options.Url}");
        var (consultancyId, consultantKey, organisations) = await Seed(client);
        Console.WriteLine($"[soak] {organisations.Length} organisations, {organisations.Sum(o => o.Teams.Length)} teams; "
                          + $"{options.Minutes} min at {options.Rate} requests/s with {options.Workers} workers");

        clock.Start();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        stop.CancelAfter(TimeSpan.FromMinutes(options.Minutes));
        var sampler = SampleRss(stop.Token);
        var progress = Progress(stop.Token);
        var interval = TimeSpan.FromSeconds((double)options.Workers / options.Rate);
        var workers = Enumerable.Range(0, options.Workers)
            .Select(w => Task.Run(() => Work(client, w, interval, consultancyId, consultantKey, organisations, stop.Token))).ToArray();
        await Task.WhenAll(workers);
        await sampler;
        await progress;

        // Every session the host acknowledged is still there at the end.
        var lost = 0;
        foreach (var sessionId in acknowledgedSessions)
        {
            var answer = await client.Graph(options.AdminKey, "query($s:ID!){ coachingSession(id:$s){ id } }", new { s = sessionId });
            if (answer.Data?["coachingSession"]?["id"] is null) lost++;
        }
        var summary = Summarise(lost);
        Directory.CreateDirectory(options.Out);
        await File.WriteAllTextAsync(Path.Combine(options.Out, "summary.md"), summary, CancellationToken.None);
        Console.WriteLine(summary);
        return 0;
    }

    private async Task<(string ConsultancyId, string ConsultantKey, Organisation[] Organisations)> Seed(SoakClient client)
    {
        var admin = options.AdminKey;
        async Task<string> Id(string query, object variables, string field) =>
            (await client.Must(admin, query, variables))[field]!["id"]!.GetValue<string>();
        async Task<string> Key(string tenant, string role, string? subject) =>
            (await client.Must(admin, "mutation($t:ID!,$r:Role!,$s:ID){ issueApiKey(tenantId:$t, role:$r, subjectId:$s){ key } }",
                new { t = tenant, r = role, s = subject }))["issueApiKey"]!["key"]!.GetValue<string>();

        var consultancy = await Id("mutation{ createConsultancy(name:\"Soak Consultancy\"){ id } }", new { }, "createConsultancy");
        var consultantKey = await Key(consultancy, "CONSULTANT", null);
        var organisations = new List<Organisation>();
        for (var o = 0; o < 3; o++)
        {
            var organisation = await Id("mutation($n:String!,$c:ID){ createOrganisation(name:$n, consultancyId:$c){ id } }",
                new { n = $"Soak client {o}", c = consultancy }, "createOrganisation");
            var teams = new List<Team>();
            for (var t = 0; t < 4; t++)
            {
                var team = await Id("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }", new { o = organisation, n = $"Team {o}.{t}" }, "addTeam");
                var manager = await Id("mutation($t:ID!,$n:String!){ addManager(teamId:$t, name:$n){ id } }", new { t = team, n = $"Manager {o}.{t}" }, "addManager");
                var employees = new List<string>();
                for (var e = 0; e < 6; e++)
                    employees.Add(await Id("mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = team, n = $"Employee {o}.{t}.{e}" }, "addEmployee"));
                teams.Add(new Team(team, manager, await Key(organisation, "MANAGER", manager), [.. employees], await Key(organisation, "EMPLOYEE", employees[0])));
            }
            var growth = await Id("mutation($o:ID!){ addTeam(organisationId:$o, name:\"Newcomers\"){ id } }", new { o = organisation }, "addTeam");
            organisations.Add(new Organisation(organisation, await Key(organisation, "ORG_ADMIN", null), [.. teams], growth));
        }
        return (consultancy, consultantKey, [.. organisations]);
    }

    /// <summary>A worker: one request every <paramref name="interval"/> (a steady rate, not as fast as possible), and one GROW session at a time.</summary>
    private async Task Work(SoakClient client, int worker, TimeSpan interval, string consultancyId, string consultantKey,
        Organisation[] organisations, CancellationToken stop)
    {
        var random = new Random(1000 + worker);
        var next = clock.Elapsed + interval * random.NextDouble();
        var coaching = new CoachingWalk();
        while (!stop.IsCancellationRequested)
        {
            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            next += interval;

            var organisation = organisations[random.Next(organisations.Length)];
            var team = organisation.Teams[random.Next(organisation.Teams.Length)];
            var employee = team.Employees[random.Next(team.Employees.Length)];
            var roll = random.Next(100);
            switch (roll)
            {
                case < 25:
                    await Run(client, "read employee", false, team.ManagerKey,
                        "query($e:ID!,$t:String!){ employee(id:$e){ name assessments { task developmentLevel } currentRecommendation(task:$t){ style rationale } } }",
                        new { e = employee, t = Tasks[random.Next(Tasks.Length)] });
                    break;
                case < 35:
                    await Run(client, "read team", false, organisation.AdminKey,
                        "query($t:ID!){ team(id:$t){ name manager { name } employees { id name } pulse(last: 10) { energy engagement } } }", new { t = team.Id });
                    break;
                case < 45:
                    await Run(client, "adoption organisation", false, organisation.AdminKey,
                        "query($o:ID!){ organisation(id:$o){ adoption { managers adoptionRate sessionsCompleted openQuestionRatio coachHatShare styleFitRate actionCompletionRate averageEnergy developmentLevels { level count } trend(days: 14) { date sessionsCompleted } } } }",
                        new { o = organisation.Id });
                    break;
                case < 50:
                    await Run(client, "adoption consultancy", false, consultantKey,
                        "query($c:ID!){ consultancy(id:$c){ adoption { managers adoptionRate sessionsStarted actionCompletionRate } organisations { id name } } }",
                        new { c = consultancyId });
                    break;
                case < 65:
                    var cell = Cells[random.Next(Cells.Length)];
                    await Run(client, "assessEmployee", true, team.ManagerKey,
                        "mutation($e:ID!,$t:String!,$c:Competence!,$m:Commitment!){ assessEmployee(employeeId:$e, task:$t, competence:$c, commitment:$m){ developmentLevel } }",
                        new { e = employee, t = Tasks[random.Next(Tasks.Length)], c = cell.Competence, m = cell.Commitment });
                    break;
                case < 73:
                    await Run(client, "logInteraction", true, team.ManagerKey,
                        "mutation($m:ID!,$e:ID!,$h:Hat!){ logInteraction(managerId:$m, employeeId:$e, hat:$h, note:\"Weekly check-in\") }",
                        new { m = team.ManagerId, e = employee, h = random.Next(3) == 0 ? "MANAGER" : "COACH" });
                    break;
                case < 77:
                    await Run(client, "recordTeamPulse", true, team.ManagerKey,
                        "mutation($t:ID!,$e:Int!,$g:Int!){ recordTeamPulse(teamId:$t, energy:$e, engagement:$g){ id } }",
                        new { t = team.Id, e = random.Next(1, 6), g = random.Next(1, 6) });
                    break;
                case < 95:
                    await coaching.Step(this, client, random, organisations);
                    break;
                case < 96:
                    await Run(client, "addEmployee", true, organisation.AdminKey,
                        "mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }", new { t = organisation.GrowthTeam, n = $"Newcomer {worker}-{next.Ticks}" });
                    break;
                default:
                    await Run(client, "recommendStyle", false, team.ManagerKey,
                        "query($c:Competence!,$m:Commitment!){ recommendStyle(competence:$c, commitment:$m){ style suggestedQuestions(language: EN) } analyseQuestion(text:\"Did you call the customer?\"){ kind suggestion } }",
                        new { c = Cells[roll % Cells.Length].Competence, m = Cells[roll % Cells.Length].Commitment });
                    break;
            }
        }
    }

    /// <summary>A GROW session walked one request at a time: start, two questions, GOAL→REALITY→OPTIONS→WILL, an action, completed by the employee, done.</summary>
    private sealed class CoachingWalk
    {
        private Team? team;
        private string? session;
        private string? action;
        private int step;

        public async Task Step(SoakRun run, SoakClient client, Random random, Organisation[] organisations)
        {
            if (session is null)
            {
                var organisation = organisations[random.Next(organisations.Length)];
                team = organisation.Teams[random.Next(organisation.Teams.Length)];
                var started = await run.Run(client, "coaching start", true, team.ManagerKey,
                    "mutation($e:ID!,$g:String!){ startCoachingSession(employeeId:$e, goal:$g){ id } }",
                    new { e = team.Employees[0], g = "Handle escalations without help" });
                session = started?["startCoachingSession"]?["id"]?.GetValue<string>();
                if (session is not null) run.acknowledgedSessions.Enqueue(session);
                step = 0;
                return;
            }
            var key = team!.ManagerKey;
            var ok = step switch
            {
                0 or 1 => await run.Run(client, "coaching question", true, key, "mutation($s:ID!,$x:String!){ recordQuestion(sessionId:$s, text:$x){ kind } }",
                    new { s = session, x = Questions[random.Next(Questions.Length)] }) is not null,
                2 or 3 or 4 => await run.Run(client, "coaching advance", true, key, "mutation($s:ID!){ advanceSession(sessionId:$s, notes:\"Noted what we agreed\"){ stage } }",
                    new { s = session }) is not null,
                5 => (action = (await run.Run(client, "coaching action", true, key,
                    "mutation($s:ID!,$d:Date!){ addAction(sessionId:$s, description:\"Write the escalation checklist\", dueDate:$d){ id } }",
                    new { s = session, d = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }))?["addAction"]?["id"]?.GetValue<string>()) is not null,
                6 => await run.Run(client, "coaching complete action", true, team.EmployeeKey, "mutation($a:ID!){ completeAction(actionId:$a){ completed } }",
                    new { a = action }) is not null,
                _ => await run.Run(client, "coaching advance", true, key, "mutation($s:ID!){ advanceSession(sessionId:$s){ stage } }", new { s = session }) is not null,
            };
            // A failed step starts a new session next time rather than retrying a half-known state.
            if (!ok || ++step > 7) session = null;
        }
    }

    private async Task<JsonNode?> Run(SoakClient client, string operation, bool write, string key, string query, object variables)
    {
        var started = clock.Elapsed;
        var answer = await client.Graph(key, query, variables);
        samples.Enqueue(new Sample(started.TotalSeconds, operation, write, (clock.Elapsed - started).TotalMilliseconds, answer.Error));
        return answer.Error is null ? answer.Data : null;
    }

    private async Task SampleRss(CancellationToken stop)
    {
        if (options.HostPid is not { } pid) return;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (line is not null) rss.Enqueue((clock.Elapsed.TotalSeconds, double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024));
                load.Enqueue((clock.Elapsed.TotalSeconds, double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture)));
            }
            catch (IOException)
            {
                // The host is gone; the samples show when.
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task Progress(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var minute = (int)clock.Elapsed.TotalMinutes;
            var last = samples.Where(s => s.AtSeconds >= (minute - 1) * 60 && s.AtSeconds < minute * 60).Select(s => s.Milliseconds).Order().ToList();
            Console.WriteLine($"[soak] minute {minute}: {last.Count} requests, p50 {Percentile(last, 0.5):F1} ms, p99 {Percentile(last, 0.99):F1} ms, "
                              + $"errors {samples.Count(s => s.Error is not null)}, RSS {(rss.IsEmpty ? 0 : rss.Last().RssMib):F0} MiB");
        }
    }

    private string Summarise(int lostSessions)
    {
        var all = samples.ToList();
        var end = all.Count == 0 ? 1 : Math.Max(1, all.Max(s => s.AtSeconds));
        var minutes = (int)Math.Ceiling(end / 60);
        var table = new StringBuilder();
        var tsv = new StringBuilder("minute\trequests\terrors\tp50_ms\tp99_ms\tread_p50_ms\tread_p99_ms\twrite_p50_ms\twrite_p99_ms\trss_mib\tload_1min\n");
        table.AppendLine("| minute | requests | errors | p50 ms | p99 ms | read p50 | read p99 | write p50 | write p99 | RSS MiB | load |");
        table.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var perMinute = new List<(int Minute, double P50, double P99, double Rss)>();
        for (var m = 0; m < minutes; m++)
        {
            var inMinute = all.Where(s => s.AtSeconds >= m * 60 && s.AtSeconds < (m + 1) * 60).ToList();
            var latencies = inMinute.Select(s => s.Milliseconds).Order().ToList();
            var reads = inMinute.Where(s => !s.Write).Select(s => s.Milliseconds).Order().ToList();
            var writes = inMinute.Where(s => s.Write).Select(s => s.Milliseconds).Order().ToList();
            var memory = rss.Where(r => r.At < (m + 1) * 60).Select(r => r.RssMib).DefaultIfEmpty(0).Last();
            var machineLoad = load.Where(r => r.At < (m + 1) * 60).Select(r => r.Load).DefaultIfEmpty(0).Last();
            perMinute.Add((m + 1, Percentile(latencies, 0.5), Percentile(latencies, 0.99), memory));
            var errors = inMinute.Count(s => s.Error is not null);
            var row = string.Create(CultureInfo.InvariantCulture,
                $"{inMinute.Count}|{errors}|{Percentile(latencies, 0.5):F1}|{Percentile(latencies, 0.99):F1}|{Percentile(reads, 0.5):F1}|{Percentile(reads, 0.99):F1}|{Percentile(writes, 0.5):F1}|{Percentile(writes, 0.99):F1}|{memory:F0}|{machineLoad:F1}");
            table.AppendLine($"| {m + 1} | {row.Replace("|", " | ")} |");
            tsv.AppendLine($"{m + 1}\t{row.Replace('|', '\t')}");
        }
        Directory.CreateDirectory(options.Out);
        File.WriteAllText(Path.Combine(options.Out, "minutes.tsv"), tsv.ToString());
        File.WriteAllText(Path.Combine(options.Out, "rss.tsv"), "seconds\trss_mib\n" + string.Join("\n", rss.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.At:F0}\t{r.RssMib:F1}"))) + "\n");

        // Drift: the five minutes after the warm-up minute against the last five.
        var early = perMinute.Skip(1).Take(5).ToList();
        var late = perMinute.Skip(Math.Max(1, perMinute.Count - 5)).ToList();
        var memoryAfterWarmUp = rss.Where(r => r.At >= 60).Select(r => r.RssMib).DefaultIfEmpty(0).First();
        var secondHalf = rss.Where(r => r.At >= end / 2).ToList();
        var slope = secondHalf.Count < 2 ? 0 : Slope(secondHalf) * 600;
        var text = new StringBuilder();
        text.AppendLine($"# LeadPlatform soak ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- duration {options.Minutes} min, target {options.Rate} requests/s ({options.Workers} workers); {all.Count} requests, {all.Count / end:F1}/s achieved"));
        text.AppendLine($"- errors: {all.Count(s => s.Error is not null)} ({string.Join(", ", all.Where(s => s.Error is not null).GroupBy(s => s.Error).Select(g => $"{g.Key}×{g.Count()}"))})");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- latency drift: p50 {Mean(early, r => r.P50):F1} → {Mean(late, r => r.P50):F1} ms, p99 {Mean(early, r => r.P99):F1} → {Mean(late, r => r.P99):F1} ms (minutes 2–6 against the last five)"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- RSS: {memoryAfterWarmUp:F0} MiB after the first minute, max {rss.Select(r => r.RssMib).DefaultIfEmpty(0).Max():F0} MiB, end {rss.Select(r => r.RssMib).DefaultIfEmpty(0).Last():F0} MiB; slope over the second half {slope:F1} MiB per 10 min"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- machine load (1-min average, {Environment.ProcessorCount} cores): mean {load.Select(r => r.Load).DefaultIfEmpty(0).Average():F1}, max {load.Select(r => r.Load).DefaultIfEmpty(0).Max():F1}"));
        text.AppendLine($"- coaching sessions acknowledged: {acknowledgedSessions.Count}, not found at the end: {lostSessions}");
        text.AppendLine();
        text.AppendLine("| operation | requests | errors | p50 ms | p99 ms |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var op in all.GroupBy(s => s.Operation).OrderBy(g => g.Key))
        {
            var l = op.Select(s => s.Milliseconds).Order().ToList();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {op.Key} | {op.Count()} | {op.Count(s => s.Error is not null)} | {Percentile(l, 0.5):F1} | {Percentile(l, 0.99):F1} |"));
        }
        text.AppendLine();
        text.Append(table);
        return text.ToString();
    }

    private static double Mean<T>(List<T> rows, Func<T, double> value) => rows.Count == 0 ? 0 : rows.Average(value);

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    /// <summary>Least-squares slope of RSS (MiB) over time (s).</summary>
    private static double Slope(List<(double At, double RssMib)> points)
    {
        var meanX = points.Average(p => p.At);
        var meanY = points.Average(p => p.RssMib);
        var num = points.Sum(p => (p.At - meanX) * (p.RssMib - meanY));
        var den = points.Sum(p => (p.At - meanX) * (p.At - meanX));
        return den == 0 ? 0 : num / den;
    }
}
