using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using LeadPlatform.Api.Tests.Cluster;
using LeadPlatform.Api.Tests.Hardening.Faults;
using LeadPlatform.Api.Tests.Hardening.Fuzzing;
using LeadPlatform.Api.Tests.Hardening.Worlds;
using LeadPlatform.Api.Tests.Processes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace LeadPlatform.Api.Tests.Hardening;

/// <summary>
/// Faults under steady mixed load (<see cref="SteadyLoad"/>): the store made read-only, the store slowed down, the
/// store gone, a silo killed and restarted. Each test measures the error rate per phase and the time to recover,
/// reads back every write the host acknowledged (lost must be zero, also after a restart) and checks the adoption
/// counts still match the structure. The figures go to the test output and to
/// <c>$TMPDIR/leadplatform-hardening/*.md</c> (docs/RELIABILITY.md quotes them).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class FaultInjectionTests(ITestOutputHelper output)
{
    private static readonly TimeSpan FaultLength = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Calm = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sqlite_store_read_only_then_slow_loses_no_acknowledged_write()
    {
        var faults = new StorageFaults();
        var logs = new LogCapture();
        var host = new TestHost(configureServices: services =>
        {
            faults.Install(services);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        TestHost? restarted = null;
        try
        {
            GraphCall graph = (q, v, k) => host.Graph(q, v, k);
            var side = await SideIds.Build(host, "sqlite faults");
            // chattr +i really makes the files read-only, for root too and through open handles; else the injected error.
            var cannotFreeze = ReadOnlyFiles.Probe(host.DataDirectory);
            var readOnly = cannotFreeze is null ? "read-only (chattr +i on folder and files)" : "read-only (injected SQLITE_READONLY)";
            output.WriteLine(cannotFreeze is null ? "store made read-only with chattr +i" : $"chattr +i not usable here ({cannotFreeze}): injecting SQLite's read-only error instead");

            var load = new SteadyLoad(graph, side);
            await load.StartAsync(6);
            await Task.Delay(Calm);

            var afterReadOnly = await UnderFault(load, readOnly, "read-only", () =>
                Task.FromResult(cannotFreeze is null ? Lifted(ReadOnlyFiles.Freeze(host.DataDirectory)) : Switch(() => faults.RefuseWrites = true, () => faults.RefuseWrites = false)));
            var afterSlow = await UnderFault(load, "slow store (+250 ms per storage call)", "slow", () =>
                Task.FromResult(Switch(() => faults.Delay = TimeSpan.FromMilliseconds(250), () => faults.Delay = TimeSpan.Zero)));
            await load.StopAsync();

            var lost = await AcknowledgedWrites.Lost(graph, side, load.Acknowledged);
            var managers = await AcknowledgedWrites.CountsMatch(graph, side, Patience, load);
            // Durable, not just in memory: a new host on the same folder has every acknowledged write too.
            var stopping = DateTimeOffset.UtcNow;
            await host.DisposeAsync();
            restarted = new TestHost(host.DataDirectory);
            GraphCall again = (q, v, k) => restarted.Graph(q, v, k);
            var lostAfterRestart = await AcknowledgedWrites.Lost(again, side, load.Acknowledged);
            var managersAfterRestart = await AcknowledgedWrites.CountsMatch(again, side, Patience, load);

            Report("sqlite", load, [(readOnly, afterReadOnly), ("slow store", afterSlow)], lost, lostAfterRestart);
            Assert.True(load.ErrorRate(readOnly) > 0, "the read-only store refused nothing: the fault did not take");
            Assert.Equal(0, load.ErrorRate("slow store (+250 ms per storage call)"));
            Assert.NotNull(afterReadOnly);
            Assert.NotNull(afterSlow);
            Assert.Equal(0, load.ErrorRate("after read-only"));
            Assert.Equal(0, load.ErrorRate("after slow"));
            Assert.Empty(lost);
            Assert.Empty(lostAfterRestart);
            Assert.True(managers is null, managers);
            Assert.True(managersAfterRestart is null, managersAfterRestart);
            // Orleans logs each refused state write at Error level, also one made while an activation closes (that is the
            // fault itself: the store's error inside); nothing else may be an error while the host runs. Once it stops, an
            // adoption forward already under way can find no silo to place its target on: Orleans logs that as an error,
            // and the facts stay in the sender's saved outbox for its next activation (a shutdown race, not these faults).
            var unexpected = logs.Errors.Where(e => e.At < stopping && !CausedByTheStore(e.Exception)).ToList();
            Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(10)));
        }
        finally
        {
            await host.DisposeAsync();
            if (restarted is not null) await restarted.DisposeAsync();
            host.DeleteData();
        }
    }

    [Fact]
    public async Task Azure_table_store_slow_then_stopped_loses_no_acknowledged_write()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await using var azurite = await AzuriteServer.StartNewAsync();
        var tablePort = int.Parse(Regex.Match(azurite.ConnectionString, @"TableEndpoint=http://127\.0\.0\.1:(\d+)/").Groups[1].Value);
        await using var proxy = new LatencyProxy(tablePort);
        var settings = AzureSettings.For(azurite, clustering: "Localhost");
        settings["LeadPlatform__Storage__ConnectionString"] = azurite.ConnectionString.Replace($":{tablePort}/", $":{proxy.Port}/", StringComparison.Ordinal);

        var first = await BuiltHost.StartAsync(timeout.Token, settings);
        BuiltHost? second = null;
        try
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = TimeSpan.FromSeconds(45) };
            var graph = SteadyLoad.Http(http);
            var side = await SideIds.Build(graph, "azure faults", BuiltHost.AdminKey);
            var load = new SteadyLoad(graph, side);
            await load.StartAsync(4);
            await Task.Delay(Calm);

            const string slow = "slow store (+100 ms per network chunk)";
            var afterSlow = await UnderFault(load, slow, "slow", () =>
                Task.FromResult(Switch(() => proxy.Delay = TimeSpan.FromMilliseconds(100), () => proxy.Delay = TimeSpan.Zero)));
            const string down = "Azurite stopped";
            var afterDown = await UnderFault(load, down, "Azurite back", async () =>
            {
                await azurite.StopAsync();
                return new Undo(azurite.StartAsync);
            });
            await load.StopAsync();

            var lost = await AcknowledgedWrites.Lost(graph, side, load.Acknowledged);
            var managers = await AcknowledgedWrites.CountsMatch(graph, side, Patience, load);
            // The data lives in Azurite: a host started after a hard kill of this one has every acknowledged write.
            first.KillHard();
            second = await BuiltHost.StartAsync(timeout.Token, settings);
            using var http2 = new HttpClient { BaseAddress = second.BaseAddress, Timeout = TimeSpan.FromSeconds(45) };
            var again = SteadyLoad.Http(http2);
            var lostAfterRestart = await AcknowledgedWrites.Lost(again, side, load.Acknowledged);
            var managersAfterRestart = await AcknowledgedWrites.CountsMatch(again, side, Patience, load);

            Report("azure", load, [(slow, afterSlow), (down, afterDown)], lost, lostAfterRestart);
            Assert.True(load.ErrorRate(down) > 0, "nothing failed while Azurite was stopped: the fault did not take");
            Assert.NotNull(afterSlow);
            Assert.NotNull(afterDown);
            Assert.Equal(0, load.ErrorRate("after slow"));
            Assert.Equal(0, load.ErrorRate("after Azurite back"));
            Assert.Empty(lost);
            Assert.Empty(lostAfterRestart);
            Assert.True(managers is null, managers);
            Assert.True(managersAfterRestart is null, managersAfterRestart);
        }
        finally
        {
            await first.DisposeAsync();
            if (second is not null) await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_silo_killed_and_restarted_under_load_loses_no_acknowledged_write()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await using var azurite = await AzuriteServer.StartNewAsync();
        var settings = AzureSettings.For(azurite);
        var a = await BuiltHost.StartAsync(timeout.Token, settings);
        var b = await BuiltHost.StartAsync(timeout.Token, settings);
        BuiltHost? restartedA = null;
        try
        {
            // A client that spreads requests over both gateways, as a load balancer would; a request refused at connect
            // (never sent) goes to the other gateway, anything else counts as the error it is.
            var gateways = new[] { Client(a.BaseAddress), Client(b.BaseAddress) };
            var next = 0;
            GraphCall graph = async (q, v, k) =>
            {
                var first = Interlocked.Increment(ref next) & 1;
                try
                {
                    return await SteadyLoad.Http(Volatile.Read(ref gateways[first]))(q, v, k);
                }
                catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
                {
                    return await SteadyLoad.Http(Volatile.Read(ref gateways[1 - first]))(q, v, k);
                }
            };
            var viaB = SteadyLoad.Http(gateways[1]);
            var side = await SideIds.Build(viaB, "failover", BuiltHost.AdminKey);
            var load = new SteadyLoad(graph, side);
            await load.StartAsync(4);
            await Task.Delay(Calm);

            const string killed = "silo A killed (SIGKILL)";
            load.Mark(killed);
            a.KillHard();
            var killedAt = load.Now;
            var afterKill = await load.RecoveredAfter(killedAt, Patience);
            load.Mark("A down, B serving");
            await Task.Delay(FaultLength);

            const string restarting = "silo A restarting";
            load.Mark(restarting);
            var restartClock = System.Diagnostics.Stopwatch.StartNew();
            restartedA = await BuiltHost.StartAsync(timeout.Token, settings);
            var readyIn = restartClock.Elapsed;
            Volatile.Write(ref gateways[0], Client(restartedA.BaseAddress));
            load.Mark("A back");
            await Task.Delay(FaultLength);
            await load.StopAsync();

            var lost = await AcknowledgedWrites.Lost(viaB, side, load.Acknowledged);
            var lostViaA = await AcknowledgedWrites.Lost(SteadyLoad.Http(gateways[0]), side, load.Acknowledged);
            var managers = await AcknowledgedWrites.CountsMatch(viaB, side, Patience, load);

            Report("failover", load, [(killed, afterKill)], lost, lostViaA, $"restarted silo A ready in {readyIn.TotalSeconds:F1} s");
            Assert.NotNull(afterKill);
            Assert.Equal(0, load.ErrorRate("A back"));
            Assert.Empty(lost);
            Assert.Empty(lostViaA);
            Assert.True(managers is null, managers);
            foreach (var client in gateways) client.Dispose();
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            if (restartedA is not null) await restartedA.DisposeAsync();
        }
    }

    private static bool CausedByTheStore(Exception? exception) => ExceptionChain.Of(exception).Any(e => e is Microsoft.Data.Sqlite.SqliteException);

    private static HttpClient Client(Uri address) => new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(45) };

    /// <summary>
    /// One fault phase under the load: <paramref name="inject"/> starts the fault and returns what ends it, held for
    /// <see cref="FaultLength"/>; then the phases "recovering (…)" until every writer succeeds again and "after (…)" for
    /// <see cref="Calm"/>. Returns the time to recover (null: not within <see cref="Patience"/>).
    /// </summary>
    private static async Task<TimeSpan?> UnderFault(SteadyLoad load, string fault, string recovery, Func<Task<IAsyncDisposable>> inject)
    {
        load.Mark(fault);
        await using (await inject())
            await Task.Delay(FaultLength);
        var ended = load.Now;
        load.Mark($"recovering ({recovery})");
        var recovered = await load.RecoveredAfter(ended, Patience);
        load.Mark($"after {recovery}");
        await Task.Delay(Calm);
        return recovered;
    }

    private static IAsyncDisposable Switch(Action on, Action off)
    {
        on();
        return new Undo(() =>
        {
            off();
            return Task.CompletedTask;
        });
    }

    private static IAsyncDisposable Lifted(IDisposable fault) => new Undo(() =>
    {
        fault.Dispose();
        return Task.CompletedTask;
    });

    /// <summary>What ends a fault.</summary>
    private sealed class Undo(Func<Task> off) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await off();
    }

    /// <summary>Writes the phase table, recovery times and lost-write counts to the output and to a file for the docs.</summary>
    private void Report(string name, SteadyLoad load, (string Fault, TimeSpan? Recovered)[] recoveries, List<string> lost, List<string> lostAfterwards, string? note = null)
    {
        var text = new StringBuilder();
        text.AppendLine($"## {name} ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores)");
        text.AppendLine();
        text.Append(load.Report());
        text.AppendLine();
        foreach (var (fault, recovered) in recoveries)
            text.AppendLine($"- {fault}: every writer had a write acknowledged again {(recovered is { } r ? $"{r.TotalSeconds:F1} s" : "never (within the patience)")} after the fault ended");
        if (note is not null) text.AppendLine($"- {note}");
        text.AppendLine($"- writes acknowledged: {load.Acknowledged.Count} ({string.Join(", ", load.Acknowledged.GroupBy(w => w.Kind).Select(g => $"{g.Key} {g.Count()}"))})");
        text.AppendLine($"- acknowledged but lost: {lost.Count}; after a restart / via the other silo: {lostAfterwards.Count}");
        foreach (var missing in lost.Concat(lostAfterwards).Take(20)) text.AppendLine($"  - {missing}");
        output.WriteLine(text.ToString());
        var folder = Path.Combine(Path.GetTempPath(), "leadplatform-hardening");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"faults-{name}.md"), text.ToString());
    }
}
