using LeadPlatform.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>A test cluster whose storage can be told to fail (<see cref="Faults"/>), to interrupt an erasure halfway.</summary>
public sealed class PrivacyClusterFixture : TestClusterFixture<PrivacyClusterFixture.SiloConfigurator>
{
    /// <summary>Shared with the in-process silo.</summary>
    public static StorageFaults Faults { get; } = new();

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddMemoryGrainStorageAsDefault(memory => new FaultyStorage(memory, Faults))
            .AddIncomingGrainCallFilter<TenantIsolationFilter>()
            .UseInMemoryReminderService()
            .ConfigureServices(services => services
                .AddSingleton(TimeProvider.System));
    }
}

[CollectionDefinition(Name)]
public sealed class PrivacyClusterCollection : ICollectionFixture<PrivacyClusterFixture>
{
    public const string Name = "privacy-cluster";
}
