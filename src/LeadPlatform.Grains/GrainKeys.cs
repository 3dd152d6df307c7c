using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains;

/// <summary>Builds child keys under a tenant: <c>{tenantId}/{kind}-{random}</c>.</summary>
internal static class GrainKeys
{
    public static string NewChild(string tenantId, string kind) => new TenantKey(tenantId, EntityId.New(kind)).ToString();
}
