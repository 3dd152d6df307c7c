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
    [Alias("PageBelow")] Task<AuditPage> PageBelow(long? olderThan, int count);

    /// <summary>
    /// Up to <paramref name="count"/> entries starting <paramref name="skip"/> entries after the newest: how gateways read
    /// the log before entries were numbered, kept so that they can during a rolling upgrade, and for their cursors.
    /// </summary>
    [Alias("Page")] Task<AuditPage> Page(int skip, int count);
}
