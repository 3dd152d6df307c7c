namespace LeadPlatform.Host;

/// <summary>The <c>LeadPlatform</c> configuration section (environment: <c>LeadPlatform__…</c>); defaults per API-CONTRACT.md.</summary>
public sealed class LeadPlatformSettings
{
    public const string Section = "LeadPlatform";

    /// <summary><c>All</c> (silo + gateway, default), <c>Silo</c> (grains only) or <c>Gateway</c> (GraphQL + Orleans client).</summary>
    public HostRole Role { get; set; } = HostRole.All;

    public string DataDirectory { get; set; } = "./data";
    public bool Demo { get; set; }
    public StorageSettings Storage { get; set; } = new();
    public ClusteringSettings Clustering { get; set; } = new();
    public OrleansSettings Orleans { get; set; } = new();

    public sealed class StorageSettings
    {
        public const string Sqlite = "Sqlite", AzureTable = "AzureTable", AzureBlob = "AzureBlob";

        /// <summary><see cref="Sqlite"/> (embedded default), <see cref="AzureTable"/> or <see cref="AzureBlob"/>.</summary>
        public string Provider { get; set; } = Sqlite;
        public string? ConnectionString { get; set; }
    }

    public sealed class ClusteringSettings
    {
        public const string Localhost = "Localhost", AzureTable = "AzureTable", Kubernetes = "Kubernetes";

        /// <summary><see cref="Localhost"/>, <see cref="AzureTable"/> or <see cref="Kubernetes"/> (Azure Table membership, pods watched).</summary>
        public string Provider { get; set; } = Localhost;

        /// <summary>Where the membership and reminder tables live; defaults to the storage connection string.</summary>
        public string? ConnectionString { get; set; }
    }

    public sealed class OrleansSettings
    {
        public int SiloPort { get; set; } = 11111;
        public int GatewayPort { get; set; } = 30000;
        public string ClusterId { get; set; } = "leadplatform";
        public string ServiceId { get; set; } = "leadplatform";
    }
}
