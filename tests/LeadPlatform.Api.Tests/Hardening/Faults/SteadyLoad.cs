using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeadPlatform.Api.Tests.Hardening.Worlds;

namespace LeadPlatform.Api.Tests.Hardening.Faults;

/// <summary>One request of the steady load: when, what, how it ended and how long it took.</summary>
public sealed record LoadEvent(TimeSpan Start, TimeSpan End, string Operation, bool Write, bool Ok, string? Code);

/// <summary>A write the host acknowledged (answered without error), with what identifies it when read back.</summary>
public sealed record AcknowledgedWrite(string Kind, string Id, string Parent);

/// <summary>
/// Steady mixed traffic against one tenant while faults come and go: each writer adds employees to a team of its
/// own, assesses them, adds teams with a manager, starts coaching sessions and reads its team back. It records every
/// request (per fault phase: error rate, latency) and every acknowledged write, so afterwards each one can be read
/// back (acknowledged-but-lost must be zero).
/// </summary>
public sealed class SteadyLoad
{
    private readonly GraphCall graph;
    private readonly SideIds side;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<LoadEvent> events = new();
    private readonly ConcurrentQueue<AcknowledgedWrite> acknowledged = new();
    private readonly List<(string Name, TimeSpan At)> phases = [];
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> writers = [];

    public SteadyLoad(GraphCall graph, SideIds side)
    {
        this.graph = graph;
        this.side = side;
        Mark("baseline");
    }

    public IReadOnlyCollection<LoadEvent> Events => events;

    public IReadOnlyCollection<AcknowledgedWrite> Acknowledged => acknowledged;

    public TimeSpan Now => clock.Elapsed;

    /// <summary>Requests of an operation (e.g. "startCoachingSession") that failed.</summary>
    public int Failed(string operation) => events.Count(e => !e.Ok && e.Operation.EndsWith(" " + operation, StringComparison.Ordinal));

    /// <summary>Starts <paramref name="count"/> writers, each on a team of its own (created now).</summary>
    public async Task StartAsync(int count)
    {
        for (var w = 0; w < count; w++)
        {
            var team = (await graph("mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }",
                new { o = side.OrganisationId, n = $"Load team {w}" }, side.AdminKey)).Ok().At("addTeam", "id").GetString()!;
            var writer = w;
            writers.Add(Task.Run(() => Write(writer, team)));
        }
    }

    /// <summary>Starts a named phase (a fault begins or ends) from now on.</summary>
    public void Mark(string phase)
    {
        lock (phases) phases.Add((phase, clock.Elapsed));
    }

    public async Task StopAsync()
    {
        stop.Cancel();
        await Task.WhenAll(writers);
        Mark("end");
    }

    /// <summary>Waits until every writer has had a write acknowledged after <paramref name="since"/>; the time from then, or null.</summary>
    public async Task<TimeSpan?> RecoveredAfter(TimeSpan since, TimeSpan patience)
    {
        var deadline = clock.Elapsed + patience;
        while (clock.Elapsed < deadline)
        {
            var recovered = events.Where(e => e.Write && e.Ok && e.Start >= since).ToList();
            var writerCount = writers.Count;
            if (recovered.Select(e => e.Operation.Split(' ')[0]).Distinct().Count() >= writerCount)
                return recovered.GroupBy(e => e.Operation.Split(' ')[0]).Max(g => g.Min(e => e.End)) - since;
            await Task.Delay(100);
        }
        return null;
    }

    private async Task Write(int writer, string teamId)
    {
        var employees = new List<string>();
        var admin = side.AdminKey;
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var name = $"w{writer}";
            switch (i % 6)
            {
                case 0 or 3:
                    if (await Run($"{name} addEmployee", true, "mutation($t:ID!,$n:String!){ addEmployee(teamId:$t, name:$n){ id } }",
                            new { t = teamId, n = $"E{writer}-{i}" }, admin, "addEmployee") is { } employee)
                    {
                        var id = employee.GetProperty("id").GetString()!;
                        employees.Add(id);
                        acknowledged.Enqueue(new AcknowledgedWrite("employee", id, teamId));
                    }
                    break;
                case 1 when employees.Count > 0:
                    var assessed = employees[i % employees.Count];
                    var task = $"T{writer}-{i}";
                    if (await Run($"{name} assessEmployee", true, "mutation($e:ID!,$t:String!){ assessEmployee(employeeId:$e, task:$t, competence: SOME, commitment: HIGH){ task } }",
                            new { e = assessed, t = task }, admin, "assessEmployee") is not null)
                        acknowledged.Enqueue(new AcknowledgedWrite("assessment", task, assessed));
                    break;
                case 2:
                    if (await Run($"{name} addTeam", true, "mutation($o:ID!,$n:String!){ addTeam(organisationId:$o, name:$n){ id } }",
                            new { o = side.OrganisationId, n = $"T{writer}-{i}" }, admin, "addTeam") is { } team)
                    {
                        var newTeam = team.GetProperty("id").GetString()!;
                        acknowledged.Enqueue(new AcknowledgedWrite("team", newTeam, side.OrganisationId));
                        if (await Run($"{name} addManager", true, "mutation($t:ID!,$n:String!){ addManager(teamId:$t, name:$n){ id } }",
                                new { t = newTeam, n = $"M{writer}-{i}" }, admin, "addManager") is { } manager)
                            acknowledged.Enqueue(new AcknowledgedWrite("manager", manager.GetProperty("id").GetString()!, newTeam));
                    }
                    break;
                case 4:
                    if (await Run($"{name} startCoachingSession", true, "mutation($e:ID!,$g:String!){ startCoachingSession(employeeId:$e, goal:$g){ id } }",
                            new { e = side.EmployeeId, g = $"Goal {writer}-{i}" }, side.KeyOf("MANAGER"), "startCoachingSession") is { } session)
                        acknowledged.Enqueue(new AcknowledgedWrite("session", session.GetProperty("id").GetString()!, side.ManagerId));
                    break;
                default:
                    await Run($"{name} readTeam", false, "query($t:ID!){ team(id:$t){ id employees { id } } }", new { t = teamId }, admin, "team");
                    break;
            }
        }
    }

    private async Task<JsonElement?> Run(string operation, bool write, string query, object variables, string key, string field)
    {
        var start = clock.Elapsed;
        string? code;
        JsonElement? result = null;
        try
        {
            var response = await graph(query, variables, key);
            code = response.Status >= 500 ? $"HTTP{response.Status}" : response.ErrorCode;
            if (code is null && response.Status == 200) result = response.At(field);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            code = e is TaskCanceledException ? "TIMEOUT" : "CONNECTION";
        }
        events.Enqueue(new LoadEvent(start, clock.Elapsed, operation, write, result is not null, code));
        if (result is null) await Task.Delay(50); // a failing host is not hammered in a tight loop
        return result;
    }

    /// <summary>Per phase: requests, errors (by code), error rate and write latency.</summary>
    public string Report()
    {
        List<(string Name, TimeSpan At)> marks;
        lock (phases) marks = [.. phases];
        var text = new StringBuilder();
        // Requests count in the phase they were sent in.
        text.AppendLine("| phase | from s | for s | requests | errors | error rate | write p50 ms | write p99 ms | codes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (var i = 0; i < marks.Count - 1; i++)
        {
            var (name, from) = marks[i];
            var to = marks[i + 1].At;
            var inPhase = events.Where(e => e.Start >= from && e.Start < to).ToList();
            var errors = inPhase.Count(e => !e.Ok);
            var writes = inPhase.Where(e => e.Write && e.Ok).Select(e => (e.End - e.Start).TotalMilliseconds).Order().ToList();
            var codes = string.Join(" ", inPhase.Where(e => !e.Ok).GroupBy(e => e.Code ?? "?").Select(g => $"{g.Key}×{g.Count()}"));
            text.AppendLine($"| {name} | {from.TotalSeconds:F1} | {(to - from).TotalSeconds:F1} | {inPhase.Count} | {errors} | " +
                            $"{(inPhase.Count == 0 ? 0 : 100.0 * errors / inPhase.Count):F1}% | {Percentile(writes, 0.5):F0} | {Percentile(writes, 0.99):F0} | {codes} |");
        }
        return text.ToString();
    }

    /// <summary>
    /// The share of failed requests among those that ran entirely within the named phase (a request sent just before
    /// a fault starts and failing in it belongs to neither side).
    /// </summary>
    public double ErrorRate(string phase)
    {
        List<(string Name, TimeSpan At)> marks;
        lock (phases) marks = [.. phases];
        var index = marks.FindIndex(m => m.Name == phase);
        var inPhase = events.Where(e => e.Start >= marks[index].At && e.End <= marks[index + 1].At).ToList();
        return inPhase.Count == 0 ? 0 : (double)inPhase.Count(e => !e.Ok) / inPhase.Count;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    /// <summary>A <see cref="GraphCall"/> over HTTP to a host process (a short timeout: a dead host must fail fast).</summary>
    public static GraphCall Http(HttpClient http) => async (query, variables, key) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphResponse((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    };
}
