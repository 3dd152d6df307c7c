using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace LeadPlatform.Host;

/// <summary>
/// Azure Storage clients with short timeouts and few retries: when storage is down the API should say
/// UNAVAILABLE within seconds instead of hanging in the SDK's default back-off.
/// </summary>
internal static class AzureStorageClients
{
    public static TableServiceClient Tables(string connectionString) => new(connectionString, Configure(new TableClientOptions()));

    public static BlobServiceClient Blobs(string connectionString) => new(connectionString, Configure(new BlobClientOptions()));

    private static T Configure<T>(T options) where T : ClientOptions
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        return options;
    }

    public static string Require(string? connectionString, string setting) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"{setting} is required for this provider.")
            : connectionString;
}
