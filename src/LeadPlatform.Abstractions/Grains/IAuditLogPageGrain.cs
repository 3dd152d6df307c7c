using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// One sealed page of a tenant's audit log (key: <c>{tenantId}/auditpage-{number}</c>), written once by the log when
/// the page fills and read by the log only.
/// </summary>
[Alias("leadplatform.IAuditLogPageGrain")]
public interface IAuditLogPageGrain : ITenantOwnedGrain
{
    /// <summary>Stores the page's entries, oldest first; writing the same page again replaces it (a retried seal).</summary>
    [Alias("Write")] Task Write(AuditEntry[] entries);

    [Alias("Read")] Task<AuditEntry[]> Read();

    /// <summary>Removes the page from the store (it left the kept window).</summary>
    [Alias("Clear")] Task Clear();
}
