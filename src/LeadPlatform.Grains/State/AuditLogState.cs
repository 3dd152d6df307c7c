using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.AuditLog")]
public sealed class AuditLogState
{
    /// <summary>Oldest first; trimmed to <see cref="Grains.AuditLogGrain.MaxEntries"/>.</summary>
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
