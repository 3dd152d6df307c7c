using ClusteringProvider = LeadPlatform.Host.LeadPlatformSettings.ClusteringSettings;
using Orleans.Configuration;

namespace LeadPlatform.Host;

/// <summary>Configures the Orleans client of a gateway-only process.</summary>
internal static class ClientConfiguration
{
    public static void Configure(IClientBuilder client, LeadPlatformSettings settings, bool tracing)
    {
        GrainInterfaceTypeCache.Install(client.Services);
        client.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.Orleans.ClusterId;
            options.ServiceId = settings.Orleans.ServiceId;
        });
        if (tracing) client.AddActivityPropagation();
        switch (settings.Clustering.Provider)
        {
            case ClusteringProvider.Localhost:
                client.UseLocalhostClustering(settings.Orleans.GatewayPort, settings.Orleans.ServiceId, settings.Orleans.ClusterId);
                break;
            case ClusteringProvider.AzureTable or ClusteringProvider.Kubernetes:
                client.UseAzureStorageClustering(options =>
                    options.TableServiceClient = AzureStorageClients.Tables(SiloConfiguration.ClusteringConnection(settings)));
                break;
            default:
                throw new InvalidOperationException($"LeadPlatform:Clustering:Provider '{settings.Clustering.Provider}' is unknown.");
        }
    }
}
