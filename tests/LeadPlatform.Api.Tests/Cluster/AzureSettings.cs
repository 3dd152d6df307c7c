using LeadPlatform.Api.Tests.Processes;

namespace LeadPlatform.Api.Tests.Cluster;

/// <summary>Host settings for an Azure Storage (Azurite) deployment, with failure detection tuned for tests.</summary>
internal static class AzureSettings
{
    public static Dictionary<string, string> For(AzuriteServer azurite, string storage = "AzureTable", string clustering = "AzureTable") => new()
    {
        ["LeadPlatform__Storage__Provider"] = storage,
        ["LeadPlatform__Storage__ConnectionString"] = azurite.ConnectionString,
        ["LeadPlatform__Clustering__Provider"] = clustering,
        ["LeadPlatform__Orleans__ClusterId"] = "test-" + Guid.NewGuid().ToString("N")[..8],
        // A dead silo is declared dead after ~2 s instead of the production default (tens of seconds).
        ["LeadPlatform__Orleans__Membership__ProbeTimeout"] = "00:00:01",
        ["LeadPlatform__Orleans__Membership__NumMissedProbesLimit"] = "2",
        ["LeadPlatform__Orleans__Membership__NumVotesForDeathDeclaration"] = "1",
    };
}
