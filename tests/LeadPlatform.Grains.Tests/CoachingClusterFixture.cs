using LeadPlatform.Abstractions.Security;
using LeadPlatform.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A test cluster whose grains read a fake clock, for rules that depend on dates (due dates, nudges,
/// the 7-day interaction window). Tests move <see cref="Clock"/> forward instead of sleeping.
/// </summary>
public sealed class CoachingClusterFixture : IAsyncLifetime
{
    /// <summary>Monday 2 March 2026, 09:00 UTC at the start; only ever moved forward.</summary>
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .Build();

    /// <summary>The grain factory acting as the platform admin (see <see cref="ClusterFixture.Grains"/>).</summary>
    public IGrainFactory Grains
    {
        get
        {
            PrincipalContext.Set(SystemPrincipal.Instance);
            return Cluster.GrainFactory;
        }
    }

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddMemoryGrainStorageAsDefault()
            .AddIncomingGrainCallFilter<TenantIsolationFilter>()
            .UseInMemoryReminderService()
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock).KeepOrleansOnRealTime());
    }
}

[CollectionDefinition(Name)]
public sealed class CoachingClusterCollection : ICollectionFixture<CoachingClusterFixture>
{
    public const string Name = "coaching-cluster";
}
