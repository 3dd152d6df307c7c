namespace LeadPlatform.Host;

/// <summary>What one process of the platform does, so silos and gateways can scale separately.</summary>
public enum HostRole
{
    /// <summary>Silo and GraphQL gateway in one process (the default, and the embedded setup).</summary>
    All,

    /// <summary>Only the Orleans silo (plus health and metrics).</summary>
    Silo,

    /// <summary>Only the GraphQL gateway, as an Orleans client of the cluster.</summary>
    Gateway,
}
