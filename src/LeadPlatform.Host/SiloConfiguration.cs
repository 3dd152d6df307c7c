using LeadPlatform.Grains.Security;
using LeadPlatform.Storage.Sqlite;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace LeadPlatform.Host;

/// <summary>Configures the Orleans silo from <see cref="LeadPlatformSettings"/>.</summary>
internal static class SiloConfiguration
{
    public static void Configure(ISiloBuilder silo, LeadPlatformSettings settings)
    {
        silo.AddIncomingGrainCallFilter<TenantIsolationFilter>();
        silo.UseInMemoryReminderService();
        // Traces continue from the GraphQL request through every grain call.
        silo.AddActivityPropagation();

        switch (settings.Clustering.Provider)
        {
            case "Localhost":
                silo.UseLocalhostClustering(settings.Orleans.SiloPort, settings.Orleans.GatewayPort);
                break;
            default:
                throw new InvalidOperationException(
                    $"LeadPlatform:Clustering:Provider '{settings.Clustering.Provider}' is not supported by this build; use 'Localhost'.");
        }

        switch (settings.Storage.Provider)
        {
            case "Sqlite":
                silo.AddSqliteGrainStorageAsDefault(options => options.DataDirectory = Path.GetFullPath(settings.DataDirectory));
                // Orleans' own binary format for stored state: compact, fast and version tolerant via [Id].
                silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                    (services, _) => new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()));
                break;
            default:
                throw new InvalidOperationException(
                    $"LeadPlatform:Storage:Provider '{settings.Storage.Provider}' is not supported by this build; use 'Sqlite'.");
        }
    }
}
