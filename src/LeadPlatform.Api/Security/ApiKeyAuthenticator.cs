using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Api.Security;

/// <summary>Turns an <c>Authorization: Bearer</c> header into a principal, or null when the key is not valid.</summary>
public sealed class ApiKeyAuthenticator(IGrainFactory grains, IOptions<GatewayOptions> options, ApiKeyPrincipalCache cache)
{
    private static readonly Principal PlatformAdmin = new(Principal.PlatformTenant, Role.PlatformAdmin, null);

    // Only the hash of a configured bootstrap key is kept in memory.
    private readonly string? configuredAdminKeyHash =
        string.IsNullOrEmpty(options.Value.AdminApiKey) ? null : ApiKeyText.Hash(options.Value.AdminApiKey);

    public async Task<Principal?> AuthenticateAsync(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var key = authorizationHeader[scheme.Length..].Trim();
        if (key.Length == 0) return null;

        var hash = ApiKeyText.Hash(key);
        if (configuredAdminKeyHash is not null && ApiKeyText.HashesEqual(hash, configuredAdminKeyHash)) return PlatformAdmin;
        if (!ApiKeyText.TryGetKeyId(key, out var keyId)) return null;
        if (cache.Find(keyId, hash) is { } cached) return cached;

        var generation = cache.Generation;
        var principal = await grains.GetGrain<IApiKeyGrain>(keyId).Authenticate(hash);
        if (principal is not null) cache.Store(keyId, hash, principal, generation);
        return principal;
    }
}
