using System.Diagnostics;
using System.Text.Json;
using LeadPlatform.Api.Tests.Hardening.Worlds;

namespace LeadPlatform.Api.Tests.Hardening.Faults;

/// <summary>Reads every acknowledged write of a <see cref="SteadyLoad"/> back; what is missing was acknowledged but lost.</summary>
public static class AcknowledgedWrites
{
    /// <summary>The acknowledged writes the host no longer has (each as "kind id").</summary>
    public static async Task<List<string>> Lost(GraphCall graph, SideIds side, IReadOnlyCollection<AcknowledgedWrite> writes)
    {
        var lost = new List<string>();
        var admin = side.AdminKey;

        var organisation = (await graph("query($o:ID!){ organisation(id:$o){ teams { id manager { id } } } }", new { o = side.OrganisationId }, admin))
            .Ok().At("organisation", "teams").EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("manager") is { ValueKind: JsonValueKind.Object } m ? m.GetProperty("id").GetString() : null);
        lost.AddRange(writes.Where(w => w.Kind == "team" && !organisation.ContainsKey(w.Id)).Select(w => $"team {w.Id}"));
        lost.AddRange(writes.Where(w => w.Kind == "manager" && organisation.GetValueOrDefault(w.Parent) != w.Id).Select(w => $"manager {w.Id}"));

        foreach (var team in writes.Where(w => w.Kind == "employee").GroupBy(w => w.Parent))
        {
            var members = (await graph("query($t:ID!){ team(id:$t){ employees { id } } }", new { t = team.Key }, admin)).Ok()
                .At("team", "employees").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
            lost.AddRange(team.Where(w => !members.Contains(w.Id)).Select(w => $"employee {w.Id} (not in its team)"));
        }
        lost.AddRange((await Missing(graph, admin, "employee", writes.Where(w => w.Kind == "employee").Select(w => w.Id))).Select(id => $"employee {id} (not readable)"));

        foreach (var employee in writes.Where(w => w.Kind == "assessment").GroupBy(w => w.Parent))
        {
            var tasks = (await graph("query($e:ID!){ employee(id:$e){ assessments { task } } }", new { e = employee.Key }, admin)).Ok()
                .At("employee", "assessments").EnumerateArray().Select(a => a.GetProperty("task").GetString()).ToHashSet();
            lost.AddRange(employee.Where(w => !tasks.Contains(w.Id)).Select(w => $"assessment {w.Id} of {w.Parent}"));
        }

        lost.AddRange((await Missing(graph, side.KeyOf("MANAGER"), "coachingSession", writes.Where(w => w.Kind == "session").Select(w => w.Id)))
            .Select(id => $"session {id}"));
        return lost;
    }

    /// <summary>Ids a root field (by id) does not find, read 50 at a time with aliases.</summary>
    private static async Task<List<string>> Missing(GraphCall graph, string key, string field, IEnumerable<string> ids)
    {
        var missing = new List<string>();
        foreach (var chunk in ids.Chunk(50))
        {
            var query = "query(" + string.Join(", ", chunk.Select((_, i) => $"$i{i}: ID!")) + ") { "
                        + string.Join(" ", chunk.Select((_, i) => $"a{i}: {field}(id: $i{i}) {{ id }}")) + " }";
            var variables = chunk.Select((id, i) => (id, i)).ToDictionary(p => $"i{p.i}", p => (object?)p.id);
            var response = await graph(query, variables, key);
            var data = response.Json.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            for (var i = 0; i < chunk.Length; i++)
                if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty($"a{i}", out var found) || found.ValueKind == JsonValueKind.Null)
                    missing.Add(chunk[i]);
        }
        return missing;
    }

    /// <summary>
    /// Waits until the organisation's adoption counts match its structure: exactly one manager per team that has one,
    /// and one started session per session of the tenant's manager (the side's own and every start the load had
    /// acknowledged, and at least as many as the manager lists), plus at most one per startCoachingSession that failed:
    /// a start that fails at its last step (the manager's own write) leaves a session that exists and was counted but
    /// is not in the manager's list. The list keeps only the newest <c>ManagerGrain.MaxListed</c> sessions, so it
    /// cannot count a long load's sessions; the acknowledged starts can. Returns the difference when they never match.
    /// </summary>
    public static async Task<string?> CountsMatch(GraphCall graph, SideIds side, TimeSpan patience, SteadyLoad load)
    {
        var acknowledged = 1 + load.Acknowledged.Count(w => w.Kind == "session");
        var failedStarts = load.Failed("startCoachingSession");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var organisation = (await graph("query($o:ID!){ organisation(id:$o){ teams { manager { id } } adoption { managers sessionsStarted } } }",
                new { o = side.OrganisationId }, side.AdminKey)).Ok().At("organisation");
            var listed = (await graph("query($m:ID!){ manager(id:$m){ coachingSessions { id } } }", new { m = side.ManagerId }, side.AdminKey)).Ok()
                .At("manager", "coachingSessions").GetArrayLength();
            var led = organisation.GetProperty("teams").EnumerateArray().Count(t => t.GetProperty("manager").ValueKind == JsonValueKind.Object);
            var managers = organisation.GetProperty("adoption").GetProperty("managers").GetInt64();
            var started = organisation.GetProperty("adoption").GetProperty("sessionsStarted").GetInt64();
            if (managers == led && started >= Math.Max(listed, acknowledged) && started <= acknowledged + failedStarts) return null;
            if (clock.Elapsed > patience)
                return $"{led} teams have a manager, adoption counts {managers} managers; {acknowledged} sessions were acknowledged "
                       + $"({failedStarts} starts failed), the manager lists {listed}, adoption counts {started} started";
            await Task.Delay(250);
        }
    }
}
