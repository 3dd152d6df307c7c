using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests;

internal static class DecoratedMemoryStorage
{
    private const string MemoryStorage = "memory";

    /// <summary>In-memory grain storage as the silo's default, seen through <paramref name="decorate"/> (to count or fail operations).</summary>
    public static ISiloBuilder AddMemoryGrainStorageAsDefault(this ISiloBuilder silo, Func<IGrainStorage, IGrainStorage> decorate) => silo
        .AddMemoryGrainStorage(MemoryStorage)
        .ConfigureServices(services => services
            .AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                (provider, _) => decorate(provider.GetRequiredKeyedService<IGrainStorage>(MemoryStorage)))
            // [PersistentState] without a storage name resolves the unkeyed provider.
            .AddSingleton(provider => provider.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)));
}
