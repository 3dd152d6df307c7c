using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.AuditLog")]
public sealed class AuditLogState
{
    /// <summary>The open page: the newest entries, oldest first, fewer than a page once an append completes.</summary>
    /// <remarks>Logs written before pages existed hold all their entries here; the next append seals them into pages.</remarks>
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];

    /// <summary>Pages sealed so far (numbered from 0); see <see cref="Domain.Audit.AuditLogLayout"/>.</summary>
    [Id(1)] public int SealedPages { get; set; }
}
