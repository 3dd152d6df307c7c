namespace LeadPlatform.Abstractions.Model;

/// <summary>A page of the audit log, newest first; <see cref="Position"/> of the first entry is its offset from the newest.</summary>
[GenerateSerializer, Immutable, Alias("leadplatform.AuditPage")]
public sealed record AuditPage(
    [property: Id(0)] AuditEntry[] Entries,
    [property: Id(1)] int Position,
    [property: Id(2)] int Total);
