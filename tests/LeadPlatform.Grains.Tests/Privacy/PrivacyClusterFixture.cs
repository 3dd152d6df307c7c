using LeadPlatform.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Orleans.Providers;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>A test cluster whose storage can be told to fail (<see cref="Faults"/>), to interrupt an erasure halfway.</summary>
public sealed class PrivacyClusterFixture : TestClusterFixture<PrivacyClusterFixture.SiloConfigurator>
{
    private const string MemoryStorage = "memory";

    /// <summary>Shared with the in-process silo.</summary>
    public static StorageFaults Faults { get; } = new();

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddMemoryGrainStorage(MemoryStorage)
            .AddIncomingGrainCallFilter<TenantIsolationFilter>()
            // As on the platform's silos: after an injected store failure the activation reloads what was stored.
            .AddIncomingGrainCallFilter<Resilience.ReloadAfterFailureFilter>()
            .UseInMemoryReminderService()
            .ConfigureServices(services => services
                .AddSingleton(TimeProvider.System)
                .AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                    (provider, _) => new FaultyStorage(provider.GetRequiredKeyedService<IGrainStorage>(MemoryStorage), Faults))
                // [PersistentState] without a storage name resolves the unkeyed provider.
                .AddSingleton(provider => provider.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)));
    }
}

[CollectionDefinition(Name)]
public sealed class PrivacyClusterCollection : ICollectionFixture<PrivacyClusterFixture>
{
    public const string Name = "privacy-cluster";
}
