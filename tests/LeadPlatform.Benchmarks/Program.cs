using BenchmarkDotNet.Running;
using LeadPlatform.Benchmarks.Load;

// micro [BenchmarkDotNet args]   the domain micro-benchmarks
// seed --url --admin-key --out … the population, through the GraphQL API (run.sh calls it)
// activate --url --admin-key --employees --result   every employee grain once
// startup --host --admin-key [--runs N] [--data folder]   start-up to ready
// durability-write / durability-verify   acknowledged writes survive SIGKILL (run.sh kills the host in between)
// audited-writes --url --admin-key --writes N --result   audited writes into one organisation as its audit log grows
// gc-trace --pid --seconds --result [--allocations]   where a running host's GC pauses go (run.sh with BENCH_GC_TRACE=1)
var command = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToArray();
switch (command)
{
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length > 0 ? rest : ["--filter", "*"]);
        return 0;
    case "seed":
    {
        var options = new Arguments(rest);
        var concurrency = options.Number("concurrency", 32);
        using var graph = new GraphClient(new Uri(options.Text("url")), concurrency);
        await new Seeder(graph, options.Text("admin-key"), SeedPlan.From(options), concurrency, options.Text("out")).Run();
        return 0;
    }
    case "activate":
        return await GrainActivator.Run(new Arguments(rest));
    case "durability-write":
        return await DurabilityCheck.Write(new Arguments(rest));
    case "durability-verify":
        return await DurabilityCheck.Verify(new Arguments(rest));
    case "audited-writes":
        return await AuditedWrites.Run(new Arguments(rest));
    case "gc-trace":
        return await GcTrace.Run(new Arguments(rest));
    case "startup":
        return await StartupTimer.Run(new Arguments(rest));
    default:
        Console.WriteLine("usage: LeadPlatform.Benchmarks micro|seed|activate|startup|gc-trace … (see tests/LeadPlatform.Benchmarks/run.sh)");
        return command == "help" ? 0 : 2;
}

/// <summary>Entry point type (for BenchmarkSwitcher's assembly lookup).</summary>
public partial class Program;
