using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>The audit log of one tenant (key: the organisation or consultancy id), bounded to the newest entries.</summary>
[Alias("leadplatform.IAuditLogGrain")]
public interface IAuditLogGrain : ITenantOwnedGrain
{
    [Alias("Append")] Task Append(AuditEntry entry);

    /// <summary>Up to <paramref name="count"/> entries starting <paramref name="skip"/> entries after the newest.</summary>
    [Alias("Page")] Task<AuditPage> Page(int skip, int count);
}
