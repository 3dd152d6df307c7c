namespace LeadPlatform.Domain.Identity;

/// <summary>
/// A tenant-owned grain key: <c>{tenantId}/{entityId}</c>. The tenant is the organisation or
/// consultancy id; both parts are <see cref="EntityId"/> parts, so the '/' separates exactly two parts.
/// </summary>
public readonly record struct TenantKey(string TenantId, string EntityId)
{
    public override string ToString() => $"{TenantId}/{EntityId}";

    /// <summary>Parses an external id; false for anything that is not exactly two valid parts.</summary>
    public static bool TryParse(string? text, out TenantKey key)
    {
        key = default;
        if (string.IsNullOrEmpty(text)) return false;
        var slash = text.IndexOf('/');
        if (slash <= 0 || slash != text.LastIndexOf('/')) return false;
        var tenant = text[..slash];
        var entity = text[(slash + 1)..];
        if (!Identity.EntityId.IsValidPart(tenant) || !Identity.EntityId.IsValidPart(entity)) return false;
        key = new TenantKey(tenant, entity);
        return true;
    }
}
