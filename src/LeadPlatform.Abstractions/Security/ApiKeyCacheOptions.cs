namespace LeadPlatform.Abstractions.Security;

/// <summary>
/// <c>LeadPlatform:ApiKeyCache:*</c>: the gateways' cache of authenticated API keys and the leases that keep it
/// sound (see <see cref="Grains.IApiKeyChangeHubGrain"/>). The same values on every process of a cluster.
/// </summary>
public sealed class ApiKeyCacheOptions
{
    /// <summary>When false every request asks the key's grain, as before the cache existed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a gateway may use its cache after a lease renewal, and so the longest a revocation waits for a gateway
    /// that does not confirm it (a silo's setting: the hub grants it; kept well below Orleans' 30 s call timeout).
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a gateway renews its lease; a few renewals fit in one lease, so one slow renewal does not end it.</summary>
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most keys a gateway keeps; when full, the cache starts again empty.</summary>
    public int MaxEntries { get; set; } = 100_000;

    /// <summary>Longest a gateway keeps a key before asking its grain again.</summary>
    public TimeSpan MaxEntryAge { get; set; } = TimeSpan.FromMinutes(5);
}
