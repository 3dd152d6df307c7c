using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LeadPlatform.Storage.Sqlite.Tests;

public sealed class SqliteClusterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Grain_state_survives_a_full_cluster_restart()
    {
        await using (var first = await StartClusterAsync())
        {
            var grain = first.GrainFactory.GetGrain<ICounterGrain>("alice");
            Assert.Equal(1, await grain.IncrementAsync());
            Assert.Equal(2, await grain.IncrementAsync());
            Assert.Equal(3, await grain.IncrementAsync());

            var probe = first.Primary is InProcessSiloHandle silo
                ? silo.SiloHost.Services.GetRequiredService<SqliteStoreProbe>()
                : null;
            Assert.NotNull(probe);
            Assert.True(await probe.PingAsync(CancellationToken.None));

            await first.StopAllSilosAsync();
        }

        Assert.True(File.Exists(Path.Combine(_dir.Path, "grains.db")));

        await using var second = await StartClusterAsync();
        var again = second.GrainFactory.GetGrain<ICounterGrain>("alice");
        Assert.Equal(3, await again.GetAsync());
        Assert.Equal(4, await again.IncrementAsync());
        Assert.Equal(0, await second.GrainFactory.GetGrain<ICounterGrain>("bob").GetAsync());
    }

    [Fact]
    public async Task A_reminder_survives_a_full_cluster_restart()
    {
        await using (var first = await StartClusterAsync())
        {
            await first.GrainFactory.GetGrain<IReminderGrain>("alice").RegisterAsync("follow-up", TimeSpan.FromHours(1));
            await first.StopAllSilosAsync();
        }

        await using var second = await StartClusterAsync();
        var again = second.GrainFactory.GetGrain<IReminderGrain>("alice");
        Assert.Equal(TimeSpan.FromHours(1), await again.PeriodOfAsync("follow-up"));
        Assert.Null(await again.PeriodOfAsync("never-registered"));
        Assert.Null(await second.GrainFactory.GetGrain<IReminderGrain>("bob").PeriodOfAsync("follow-up"));
    }

    [Fact]
    public async Task A_reminder_registered_before_a_restart_ticks_after_it_without_any_call_to_its_grain()
    {
        await using (var first = await StartClusterAsync())
        {
            // Due in 5 s, so the first cluster stops before it ever ticks.
            await first.GrainFactory.GetGrain<IReminderGrain>("carol").RegisterAsync("tick", TimeSpan.FromSeconds(5));
            await first.StopAllSilosAsync();
        }
        ReminderGrain.Ticks.TryRemove("carol/tick", out _);

        await using var second = await StartClusterAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!ReminderGrain.Ticks.ContainsKey("carol/tick") && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.True(ReminderGrain.Ticks.ContainsKey("carol/tick"), "the reminder did not tick within 30 s of the restart");
    }

    [Fact]
    public async Task Stopping_the_silo_closes_the_store_so_its_write_ahead_log_is_folded_in_and_removed()
    {
        var wal = Path.Combine(_dir.Path, "grains.db-wal");
        await using (var cluster = await StartClusterAsync())
        {
            await cluster.GrainFactory.GetGrain<ICounterGrain>("alice").IncrementAsync();
            Assert.True(File.Exists(wal), "a running store writes through its write-ahead log");

            await cluster.StopAllSilosAsync();
        }

        // SQLite removes the log when the file's last connection closes, the one kept for commits included.
        Assert.False(File.Exists(wal));
    }

    private async Task<TestCluster> StartClusterAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Properties[SqliteSiloConfigurator.DataDirectoryKey] = _dir.Path;
        builder.AddSiloBuilderConfigurator<SqliteSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
