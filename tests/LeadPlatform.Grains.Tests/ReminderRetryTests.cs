using LeadPlatform.Abstractions.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A manager whose reminder could not be registered gets it <see cref="ManagerGrain.FollowUpRetry"/> later without being
/// woken again. Grain timers here run on a fake clock (Orleans' grain-timer area only), so the test moves it instead of
/// waiting a minute.
/// </summary>
public sealed class ReminderRetryTests(ReminderRetryTests.Fixture fixture) : IClassFixture<ReminderRetryTests.Fixture>
{
    [Fact]
    public async Task A_reminder_refused_while_the_table_was_down_is_registered_a_retry_interval_later_in_the_same_activation()
    {
        var grains = fixture.Grains;
        var table = fixture.Table;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);

        var refusedBefore = table.Refused;
        var managerId = await table.WhileDown(async () =>
        {
            var id = (await team.AddManager("Noor")).Id;
            // Both the creation's registration and the activation's background check met the outage.
            await Eventually.Until(() => Task.FromResult(table.Refused), refused => refused >= refusedBefore + 2);
            return id;
        });
        var manager = grains.GetGrain<IManagerGrain>(managerId);
        Fixture.GrainTimers.Advance(ManagerGrain.FollowUpRetry - TimeSpan.FromSeconds(1));
        await Task.Delay(300); // room for a retry that came too early to show
        Assert.Null(await table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder));

        Fixture.GrainTimers.Advance(TimeSpan.FromSeconds(1));
        var registered = await Eventually.Until(() => table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder), row => row is not null);
        Assert.Equal(ManagerGrain.FollowUpPeriod, registered!.Period);
    }

    public sealed class Fixture : ReminderOutageTests.SwitchableReminderFixture<Fixture.Silo>
    {
        /// <summary>The clock of grain timers only: grains' business time and Orleans' own loops stay on real time.</summary>
        public static FakeTimeProvider GrainTimers { get; } = new();

        public sealed class Silo : ISiloConfigurator
        {
            public void Configure(ISiloBuilder silo) =>
                ConfigureSilo(silo).ConfigureServices(services => services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, GrainTimers));
        }
    }
}
