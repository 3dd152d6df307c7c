using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Grains;

/// <summary>Builds child keys under a tenant: <c>{tenantId}/{kind}-{random}</c>.</summary>
internal static class GrainKeys
{
    public static string NewChild(string tenantId, string kind) => new TenantKey(tenantId, EntityId.New(kind)).ToString();

    /// <summary>
    /// A new child key, or with an <paramref name="idempotencyKey"/> the one the request's first attempt used; the key is
    /// the <paramref name="scope"/>'s own (the grain that creates the child).
    /// </summary>
    public static string Child(string tenantId, string kind, string scope, string? idempotencyKey) =>
        new TenantKey(tenantId, CreatedIds.For(kind, scope, idempotencyKey)).ToString();
}
