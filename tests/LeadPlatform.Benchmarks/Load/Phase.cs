using System.Diagnostics;

namespace LeadPlatform.Benchmarks.Load;

/// <summary>One step of seeding: N requests with bounded concurrency, timed.</summary>
public sealed record PhaseResult(string Name, int Requests, TimeSpan Elapsed)
{
    public double PerSecond => Requests / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public static async Task<PhaseResult> Run<T>(string name, IReadOnlyList<T> items, int requestsPerItem, int concurrency, Func<T, CancellationToken, Task> work)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var lastReport = clock.Elapsed;
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (item, cancel) =>
        {
            await work(item, cancel);
            var now = Interlocked.Increment(ref done);
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(15))
            {
                lastReport = clock.Elapsed;
                Console.WriteLine($"  {name}: {now}/{items.Count} after {clock.Elapsed.TotalSeconds:F0} s");
            }
        });
        var result = new PhaseResult(name, items.Count * requestsPerItem, clock.Elapsed);
        Console.WriteLine($"  {name}: {result.Requests} requests in {result.Elapsed.TotalSeconds:F1} s = {result.PerSecond:F0}/s");
        return result;
    }
}
