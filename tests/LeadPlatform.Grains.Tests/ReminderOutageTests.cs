using System.Collections.Concurrent;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>A reminder table that cannot be read must not make managers unreachable: their reminder is checked aside.</summary>
public sealed class ReminderOutageTests(ReminderOutageTests.Fixture fixture) : IClassFixture<ReminderOutageTests.Fixture>
{
    [Fact]
    public async Task A_manager_wakes_and_answers_while_the_reminder_table_is_down()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var table = fixture.Table;
        var refusedBefore = table.Refused;
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        await table.WhileDown(async () =>
        {
            Assert.Equal("Mila", (await manager.Get())?.Name); // wakes the manager while the table cannot be read
            // Its reminder check did meet the outage, after the answer and without failing it.
            Assert.True(await Eventually.Until(() => Task.FromResult(table.Refused > refusedBefore), refused => refused));
        });
    }

    [Fact]
    public async Task A_manager_added_while_the_reminder_table_is_down_is_added_and_gets_its_reminder_once_it_is_back()
    {
        var grains = fixture.Grains;
        var table = fixture.Table;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);

        var managerId = await table.WhileDown(async () => (await team.AddManager("Noor")).Id); // saved: no error for the reminder's sake
        var manager = grains.GetGrain<IManagerGrain>(managerId);
        Assert.Equal("Noor", (await manager.Get())?.Name);
        Assert.Null(await table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder));

        // Woken again (the retry would come a minute later), the manager registers it.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await manager.Get();
        var back = await Eventually.Until(() => table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder), row => row is not null);
        Assert.NotNull(back);
    }

    public sealed class Fixture : SwitchableReminderFixture<Fixture.Silo>
    {
        public sealed class Silo : ISiloConfigurator
        {
            public void Configure(ISiloBuilder silo) => ConfigureSilo(silo);
        }
    }

    /// <summary>A silo whose reminders are kept in a <see cref="SwitchableReminderTable"/>, and the table to switch.</summary>
    public abstract class SwitchableReminderFixture<TSilo> : TestClusterFixture<TSilo> where TSilo : ISiloConfigurator, new()
    {
        public SwitchableReminderTable Table =>
            (SwitchableReminderTable)Cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();

        protected static ISiloBuilder ConfigureSilo(ISiloBuilder silo) => silo
            .AddMemoryGrainStorageAsDefault()
            .AddIncomingGrainCallFilter<TenantIsolationFilter>()
            .AddReminders()
            .ConfigureServices(services => services.AddSingleton<IReminderTable, SwitchableReminderTable>());
    }

    /// <summary>Reminders in memory, and an outage at the flip of a switch: every read and write of a row fails while down.</summary>
    public sealed class SwitchableReminderTable : IReminderTable
    {
        private readonly ConcurrentDictionary<(GrainId Grain, string Name), ReminderEntry> rows = new();

        public volatile bool Down;

        /// <summary>Runs <paramref name="action"/> with the table down, and brings it back whatever happens.</summary>
        public Task WhileDown(Func<Task> action) => WhileDown(async () => { await action(); return 0; });

        /// <inheritdoc cref="WhileDown(Func{Task})"/>
        public async Task<T> WhileDown<T>(Func<Task<T>> action)
        {
            Down = true;
            try
            {
                return await action();
            }
            finally
            {
                Down = false;
            }
        }

        private int refused;

        /// <summary>How many reads and writes of a row the outage refused so far.</summary>
        public int Refused => Volatile.Read(ref refused);

        public Task Init() => Task.CompletedTask;

            public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
        {
            ThrowIfDown();
            return Task.FromResult(rows.GetValueOrDefault((grainId, reminderName)));
        }

        public Task<ReminderTableData> ReadRows(GrainId grainId)
        {
            ThrowIfDown();
            return Task.FromResult(new ReminderTableData(rows.Values.Where(row => row.GrainId == grainId).ToList()));
        }

        // The reminder service's own scan of its range; one silo owns the whole ring, so every row. Not switched off, so
        // the service itself keeps running and only the grain's calls meet the outage.
        public Task<ReminderTableData> ReadRows(uint begin, uint end) => Task.FromResult(new ReminderTableData(rows.Values.ToList()));

        public Task<string?> UpsertRow(ReminderEntry entry)
        {
            ThrowIfDown();
            entry.ETag = Guid.NewGuid().ToString("N");
            rows[(entry.GrainId, entry.ReminderName)] = entry;
            return Task.FromResult<string?>(entry.ETag);
        }

        public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
        {
            ThrowIfDown();
            return Task.FromResult(rows.TryRemove((grainId, reminderName), out _));
        }

        public Task TestOnlyClearTable()
        {
            rows.Clear();
            return Task.CompletedTask;
        }

        private void ThrowIfDown()
        {
            if (!Down) return;
            Interlocked.Increment(ref refused);
            throw new IOException("The reminder table is unavailable (test outage).");
        }
    }
}
