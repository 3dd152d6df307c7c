using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Api.Security;

/// <summary>Creates keys: the one place that generates a secret and stores only its hash.</summary>
public sealed class ApiKeyIssuer(IGrainFactory grains)
{
    /// <summary>A new key for the principal; the returned key text is shown once and never stored.</summary>
    public async Task<IssuedApiKey> IssueAsync(Principal principal)
    {
        var keyId = EntityId.New("key");
        var key = ApiKeyText.New(keyId);
        await grains.GetGrain<IApiKeyGrain>(keyId).Register(ApiKeyText.Hash(key), principal);
        return new IssuedApiKey(keyId, key, principal);
    }
}
