using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// Keeps the gateways' API-key caches sound. A gateway uses its cache only while it holds a lease from this hub;
/// when a key is revoked or forgotten, <see cref="KeyChanged"/> returns once every leaseholder confirmed it dropped
/// the key, or that holder's lease has run out. Use the single key <see cref="Key"/>.
/// </summary>
[Alias("leadplatform.IApiKeyChangeHubGrain")]
public interface IApiKeyChangeHubGrain : IGrainWithStringKey
{
    public const string Key = "api-key-changes";

    /// <summary>Subscribes the gateway's observer, or renews its lease.</summary>
    [Alias("Renew")] Task<ApiKeyCacheLease> Renew(IApiKeyChangeObserver observer);

    /// <summary>Tells every gateway to drop the key; returns when none can still use it from its cache.</summary>
    [Alias("KeyChanged")] Task KeyChanged(string keyId);
}
