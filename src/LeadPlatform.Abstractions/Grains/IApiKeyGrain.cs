using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// One API key, keyed by its public key id. Holds only the SHA-256 of the secret key, so a stolen
/// store reveals no usable key. One activation per key makes a revocation effective at once cluster-wide; the
/// gateways' caches of authenticated keys are told through <see cref="IApiKeyChangeHubGrain"/> before it returns.
/// </summary>
[Alias("leadplatform.IApiKeyGrain")]
public interface IApiKeyGrain : IGrainWithStringKey
{
    [Alias("Register")] Task Register(string secretHash, Principal principal);

    /// <summary>The key's principal when the hash matches and the key is not revoked; otherwise null.</summary>
    [Alias("Authenticate")] Task<Principal?> Authenticate(string secretHash);

    /// <summary>Whom the key speaks for (also after revocation), or null when there is no such key.</summary>
    [Alias("GetPrincipal")] Task<Principal?> GetPrincipal();

    /// <summary>
    /// Revokes the key and returns once no gateway accepts it any more; false when there was no such key, which then can
    /// never be registered (a client key revoked by a hand-over before its registration arrived).
    /// </summary>
    [Alias("Revoke")] Task<bool> Revoke();

    /// <summary>Whom the key speaks for and when it was issued or revoked (never the hash); null when there is no such key.</summary>
    [Alias("GetRecord")] Task<ApiKeyRecord?> GetRecord();

    /// <summary>Deletes the key (GDPR erasure of its subject): it stops working before this returns and is then unknown.</summary>
    [Alias("Forget")] Task Forget();
}
