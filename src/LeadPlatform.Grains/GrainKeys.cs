using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains;

/// <summary>Builds child keys under a tenant: <c>{tenantId}/{kind}-{random}</c>.</summary>
internal static class GrainKeys
{
    public static string NewChild(string tenantId, string kind) => new TenantKey(tenantId, EntityId.New(kind)).ToString();

    /// <summary>The tenant part of a key (the whole key for tenant roots).</summary>
    public static string TenantOf(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? key : key[..slash];
    }
}
