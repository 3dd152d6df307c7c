using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Api.Security;

/// <summary>Creates keys: the one place that generates a secret and stores only its hash.</summary>
public sealed class ApiKeyIssuer(IGrainFactory grains)
{
    /// <summary>A new key for the principal; the returned key text is shown once (to <paramref name="issuer"/>) and never stored.</summary>
    /// <param name="issuer">Who asks for it; null for the host's own keys (the bootstrap admin, the demo).</param>
    public async Task<IssuedApiKey> IssueAsync(Principal principal, Principal? issuer = null)
    {
        var keyId = EntityId.New("key");
        var key = ApiKeyText.New(keyId);
        // Listed before it exists, so handing the client over always finds it; an id whose key never came is passed over.
        if (KeyIssuingRules.IsClientKey(issuer, principal)) await grains.GetGrain<IClientKeysGrain>(principal.TenantId).Add(keyId);
        await grains.GetGrain<IApiKeyGrain>(keyId).Register(ApiKeyText.Hash(key), principal);
        return new IssuedApiKey(keyId, key, principal);
    }
}
