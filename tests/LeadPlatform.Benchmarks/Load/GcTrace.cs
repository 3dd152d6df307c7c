using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Analysis;
using Microsoft.Diagnostics.Tracing.Analysis.GC;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace LeadPlatform.Benchmarks.Load;

/// <summary>
/// Where the host's GC pauses go: attaches to the running host over EventPipe for a while and writes one line per
/// collection (generation, pause, promoted MB, each heap's mark time per root kind) and a summary. Found with it: most of a
/// gen0 pause under load is "MarkOlder", the scan of old objects that point to new ones (card marking), not the young
/// objects themselves. With --allocations it also samples what the host allocates, by type (verbose events: slower).
/// </summary>
public static class GcTrace
{
    public static async Task<int> Run(Arguments args)
    {
        var pid = args.Number("pid", 0);
        var seconds = args.Number("seconds", 10);
        var allocations = args.Text("allocations", "false") == "true";
        var client = new DiagnosticsClient(pid);
        var provider = new EventPipeProvider(ClrTraceEventParser.ProviderName,
            allocations ? EventLevel.Verbose : EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC);
        using var session = client.StartEventPipeSession(provider, requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);

        var allocated = new Dictionary<string, long>();
        source.Clr.GCAllocationTick += tick =>
            allocated[tick.TypeName ?? "?"] = allocated.GetValueOrDefault(tick.TypeName ?? "?") + tick.AllocationAmount64;
        source.NeedLoadedDotNetRuntimes();

        var reading = Task.Run(source.Process);
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        await session.StopAsync(CancellationToken.None);
        await reading;

        // Read once the stream has ended: a collection's pause is known only after its GCEnd (at RestartEEEnd).
        var collections = source.Processes().Select(process => process.LoadedDotNetRuntime()).OfType<TraceLoadedDotNetRuntime>()
            .SelectMany(runtime => runtime.GC.GCs).Where(gc => gc.PauseDurationMSec > 0).ToList();
        var report = Report(collections, allocated, seconds);
        await File.WriteAllTextAsync(args.Text("result"), report);
        Console.WriteLine(report.Split("\n# per collection")[0]);
        return 0;
    }

    private static string Report(List<TraceGC> collections, Dictionary<string, long> allocated, int seconds)
    {
        var lines = new List<string>();
        var pauses = collections.Select(gc => gc.PauseDurationMSec).Order().ToArray();
        var cardScan = collections.Select(gc => SlowestHeap(gc, MarkRootType.MarkOlder)).ToArray();
        lines.Add($"GC over {seconds} s: {collections.Count} collections (gen0 {Count(collections, 0)}, gen1 {Count(collections, 1)}, gen2 {Count(collections, 2)})");
        if (pauses.Length > 0)
        {
            lines.Add(Invariant($"pause ms: total {pauses.Sum():F1}, mean {pauses.Average():F2}, median {pauses[pauses.Length / 2]:F2}, max {pauses[^1]:F2}"));
            lines.Add(Invariant($"of which marking old objects that point to new ones (MarkOlder, slowest heap): mean {cardScan.Average():F2} ms"));
            lines.Add(Invariant($"promoted MB per collection: mean {collections.Average(gc => gc.PromotedMB):F1}"));
        }
        if (allocated.Count > 0)
        {
            var total = allocated.Values.Sum();
            lines.Add($"allocations sampled: {total / 1048576} MB; largest types:");
            lines.AddRange(allocated.OrderByDescending(type => type.Value).Take(25)
                .Select(type => Invariant($"  {type.Value * 100.0 / total,6:F2} % {type.Key}")));
        }
        lines.Add("# per collection: number, generation, pause ms, promoted MB, gen0 MB before, per heap: mark ms by root kind");
        lines.AddRange(collections.Select(gc => Invariant(
            $"#{gc.Number} gen{gc.Generation} pause={gc.PauseDurationMSec:F2} promoted={gc.PromotedMB:F1} gen0={gc.GenSizeBeforeMB[0]:F0}{MarkTimes(gc)}")));
        return string.Join("\n", lines) + "\n";
    }

    private static int Count(List<TraceGC> collections, int generation) => collections.Count(gc => gc.Generation == generation);

    private static double SlowestHeap(TraceGC gc, MarkRootType kind) =>
        gc.PerHeapMarkTimes?.Values.Max(heap => Math.Max(0, heap.MarkTimes[(int)kind])) ?? 0;

    /// <summary>Each heap's mark time per root kind, leaving out kinds the event did not report (-1) or that took no time.</summary>
    private static string MarkTimes(TraceGC gc) => gc.PerHeapMarkTimes is null ? "" : string.Concat(gc.PerHeapMarkTimes.OrderBy(heap => heap.Key)
        .Select(heap => $" h{heap.Key}[" + string.Join(",", heap.Value.MarkTimes
            .Select((ms, kind) => (ms, kind)).Where(mark => mark.ms > 0.005)
            .Select(mark => Invariant($"{(MarkRootType)mark.kind}={mark.ms:F2}"))) + "]"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
