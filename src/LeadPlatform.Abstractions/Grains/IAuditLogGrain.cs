using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>The audit log of one tenant (key: the organisation or consultancy id), bounded to the newest entries.</summary>
[Alias("leadplatform.IAuditLogGrain")]
public interface IAuditLogGrain : ITenantOwnedGrain
{
    [Alias("Append")] Task Append(AuditEntry entry);

    /// <summary>
    /// Up to <paramref name="count"/> entries, newest first: from the newest, or from the newest of those numbered below
    /// <paramref name="olderThan"/> (see <see cref="Model.AuditPage"/>), so that entries appended meanwhile do not move the page.
    /// </summary>
    [Alias("Page")] Task<AuditPage> Page(long? olderThan, int count);
}
