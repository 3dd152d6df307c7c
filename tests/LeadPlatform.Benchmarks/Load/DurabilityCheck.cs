using System.Collections.Concurrent;
using System.Diagnostics;

namespace LeadPlatform.Benchmarks.Load;

/// <summary>
/// "Every acknowledged write durable": <c>durability-write</c> sends assessEmployee writes (each with a task name
/// of its own) until the host stops answering, listing every write the host acknowledged; run.sh kills the host
/// with SIGKILL meanwhile and starts it again; <c>durability-verify</c> then reads every listed assessment back.
/// </summary>
public static class DurabilityCheck
{
    private const string Mutation =
        "mutation($e: ID!, $t: String!) { assessEmployee(employeeId: $e, task: $t, competence: SOME, commitment: LOW) { task } }";

    public static async Task<int> Write(Arguments args)
    {
        var targets = Targets(args.Text("targets"));
        var concurrency = args.Number("concurrency", 32);
        var seconds = args.Number("seconds", 30);
        using var graph = new GraphClient(new Uri(args.Text("url")), concurrency);
        var acked = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var next = -1;
        var stop = false;
        await Parallel.ForEachAsync(Enumerable.Range(0, concurrency), async (_, _) =>
        {
            while (!Volatile.Read(ref stop) && clock.Elapsed.TotalSeconds < seconds)
            {
                var n = Interlocked.Increment(ref next);
                var (key, employee) = targets[n % targets.Length];
                var task = $"durability {n}";
                try
                {
                    await graph.Run(key, Mutation, new { e = employee, t = task });
                    acked.Enqueue($"{key} {employee} {task}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException)
                {
                    Volatile.Write(ref stop, true); // the host is gone (or failing): stop writing
                }
            }
        });
        await File.WriteAllLinesAsync(args.Text("acked"), acked);
        Console.WriteLine($"durability: {acked.Count} writes acknowledged in {clock.Elapsed.TotalSeconds:F1} s before the host stopped answering");
        return 0;
    }

    public static async Task<int> Verify(Arguments args)
    {
        var acked = (await File.ReadAllLinesAsync(args.Text("acked"))).Where(l => l.Length > 0)
            .Select(l => l.Split(' ', 3)).Select(p => (Key: p[0], Employee: p[1], Task: p[2])).ToArray();
        using var graph = new GraphClient(new Uri(args.Text("url")), 16);
        var missing = 0;
        await Parallel.ForEachAsync(acked.GroupBy(a => (a.Key, a.Employee)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (group, _) =>
        {
            var data = await graph.Run(group.Key.Key, "query($e: ID!) { employee(id: $e) { assessments { task } } }", new { e = group.Key.Employee });
            var stored = data["employee"]!["assessments"]!.AsArray().Select(a => a!["task"]!.GetValue<string>()).ToHashSet();
            Interlocked.Add(ref missing, group.Count(a => !stored.Contains(a.Task)));
        });
        Console.WriteLine($"durability: {acked.Length} acknowledged writes, {missing} missing after SIGKILL and restart");
        await File.WriteAllTextAsync(args.Text("result"), $"{acked.Length}\t{missing}\n");
        return missing == 0 ? 0 : 1;
    }

    private static (string Key, string Employee)[] Targets(string file) =>
        File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => l.Split(' ')).Select(p => (p[0], p[1])).ToArray();
}
