using LeadPlatform.Abstractions.Security;
using LeadPlatform.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>One in-process Orleans test cluster (in-memory storage) shared by the grain tests.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .Build();

    /// <summary>
    /// The cluster's grain factory, acting as the platform admin from here on in the calling test: calls from
    /// outside the cluster must carry a principal. Call it from the test method itself (a sync call sets the
    /// AsyncLocal in the caller's context; inside an async helper it would be lost on return).
    /// </summary>
    public IGrainFactory Grains
    {
        get
        {
            PrincipalContext.Set(SystemPrincipal.Instance);
            return Cluster.GrainFactory;
        }
    }

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddMemoryGrainStorageAsDefault()
            .AddIncomingGrainCallFilter<TenantIsolationFilter>()
            .UseInMemoryReminderService()
            .ConfigureServices(services => services.AddSingleton(TimeProvider.System));
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
