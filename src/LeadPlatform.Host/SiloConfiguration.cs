using ClusteringProvider = LeadPlatform.Host.LeadPlatformSettings.ClusteringSettings;
using StorageProvider = LeadPlatform.Host.LeadPlatformSettings.StorageSettings;
using LeadPlatform.Grains.Adoption;
using LeadPlatform.Grains.Security;
using LeadPlatform.Storage.Sqlite;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace LeadPlatform.Host;

/// <summary>Configures the Orleans silo from <see cref="LeadPlatformSettings"/>.</summary>
internal static class SiloConfiguration
{
    public static void Configure(ISiloBuilder silo, LeadPlatformSettings settings, IConfiguration configuration)
    {
        GrainInterfaceTypeCache.Install(silo.Services);
        silo.AddIncomingGrainCallFilter<TenantIsolationFilter>();
        // A failed call drops its activation: memory never shows a change the store refused.
        silo.AddIncomingGrainCallFilter<LeadPlatform.Grains.Resilience.ReloadAfterFailureFilter>();
        // Traces continue from the GraphQL request through every grain call; without tracing the filters would only cost.
        if (TraceSampling.From(configuration).Enabled) silo.AddActivityPropagation();
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.Orleans.ClusterId;
            options.ServiceId = settings.Orleans.ServiceId;
        });
        // Failure detection can be tuned (LeadPlatform:Orleans:Membership:ProbeTimeout, …) for fast failover.
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection("LeadPlatform:Orleans:Membership"));
        // Idle grains are deactivated after CollectionAge (Orleans default 15 min), in small groups; tunable (GrainCollection).
        silo.Configure<GrainCollectionOptions>(options => GrainCollection.Apply(options, configuration));
        // How often an adoption grain sends to the level above at most; a value out of range stops the silo at start.
        silo.Services.AddOptions<AdoptionOptions>().Bind(configuration.GetSection(AdoptionOptions.Section))
            .Validate(options => options.IsValid, AdoptionOptions.Rule).ValidateOnStart();

        ConfigureClustering(silo, settings);
        ConfigureStorage(silo, settings);
    }

    private static void ConfigureClustering(ISiloBuilder silo, LeadPlatformSettings settings)
    {
        switch (settings.Clustering.Provider)
        {
            case ClusteringProvider.Localhost:
                silo.UseLocalhostClustering(settings.Orleans.SiloPort, settings.Orleans.GatewayPort,
                    serviceId: settings.Orleans.ServiceId, clusterId: settings.Orleans.ClusterId);
                // Reminders are kept where the grain state is, so they tick again after a restart: in the embedded
                // store's file, or in Azure Table storage (the storage account, unless clustering names another).
                if (settings.Storage.Provider == StorageProvider.Sqlite) silo.UseSqliteReminderService();
                else UseAzureTableReminders(silo, ClusteringConnection(settings));
                break;
            case ClusteringProvider.AzureTable or ClusteringProvider.Kubernetes:
                var connection = ClusteringConnection(settings);
                silo.ConfigureEndpoints(settings.Orleans.SiloPort, settings.Orleans.GatewayPort, listenOnAnyHostAddress: true);
                silo.UseAzureStorageClustering(options => options.TableServiceClient = AzureStorageClients.Tables(connection));
                UseAzureTableReminders(silo, connection);
                if (settings.Clustering.Provider == ClusteringProvider.Kubernetes) silo.UseKubernetesHosting();
                break;
            default:
                throw new InvalidOperationException(
                    $"LeadPlatform:Clustering:Provider '{settings.Clustering.Provider}' is unknown; use Localhost, AzureTable or Kubernetes.");
        }
    }

    private static void UseAzureTableReminders(ISiloBuilder silo, string connection) =>
        silo.UseAzureTableReminderService(options => options.TableServiceClient = AzureStorageClients.Tables(connection));

    private static void ConfigureStorage(ISiloBuilder silo, LeadPlatformSettings settings)
    {
        // Orleans' own binary format for stored state: compact, fast and version tolerant via [Id].
        silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (services, _) => new StateSerializer(services.GetRequiredService<Serializer>()));
        switch (settings.Storage.Provider)
        {
            case StorageProvider.Sqlite:
                silo.AddSqliteGrainStorageAsDefault(options => options.DataDirectory = Path.GetFullPath(settings.DataDirectory));
                silo.Services.AddSingleton(services => new StorageProbe(services.GetRequiredService<SqliteStoreProbe>().PingAsync));
                break;
            case StorageProvider.AzureTable:
                var tables = AzureStorageClients.Tables(AzureStorageClients.Require(settings.Storage.ConnectionString, "LeadPlatform:Storage:ConnectionString"));
                silo.AddAzureTableGrainStorageAsDefault(options =>
                {
                    options.TableServiceClient = tables;
                    // A cleared state (GDPR erasure) deletes its row instead of leaving an emptied one behind.
                    options.DeleteStateOnClear = true;
                });
                silo.Services.AddSingleton(new StorageProbe(async cancel => (await tables.GetPropertiesAsync(cancel)).HasValue));
                break;
            case StorageProvider.AzureBlob:
                var blobs = AzureStorageClients.Blobs(AzureStorageClients.Require(settings.Storage.ConnectionString, "LeadPlatform:Storage:ConnectionString"));
                silo.AddAzureBlobGrainStorageAsDefault(options =>
                {
                    options.BlobServiceClient = blobs;
                    // A cleared state (GDPR erasure) deletes its blob (the default, stated so it stays that way).
                    options.DeleteStateOnClear = true;
                });
                silo.Services.AddSingleton(new StorageProbe(async cancel => (await blobs.GetPropertiesAsync(cancel)).HasValue));
                break;
            default:
                throw new InvalidOperationException(
                    $"LeadPlatform:Storage:Provider '{settings.Storage.Provider}' is unknown; use Sqlite, AzureTable or AzureBlob.");
        }
    }

    public static string ClusteringConnection(LeadPlatformSettings settings) =>
        AzureStorageClients.Require(settings.Clustering.ConnectionString ?? settings.Storage.ConnectionString,
            "LeadPlatform:Clustering:ConnectionString (or LeadPlatform:Storage:ConnectionString)");
}
