using LeadPlatform.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests;

/// <summary>One in-process Orleans test cluster (in-memory storage) shared by the grain tests.</summary>
public sealed class ClusterFixture : TestClusterFixture<ClusterFixture.SiloConfigurator>
{
    public sealed class SiloConfigurator : ISiloConfigurator
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
