using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.State;

[GenerateSerializer, Alias("leadplatform.state.AuditLogPage")]
public sealed class AuditLogPageState
{
    /// <summary>Oldest first; exactly <see cref="Grains.AuditLogGrain.Layout"/>'s page size once sealed.</summary>
    [Id(0)] public AuditEntry[] Entries { get; set; } = [];
}
