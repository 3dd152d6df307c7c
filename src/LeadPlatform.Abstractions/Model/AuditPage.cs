namespace LeadPlatform.Abstractions.Model;

/// <summary>
/// A page of the audit log, newest first. <see cref="Position"/> is the first entry's offset from the newest,
/// <see cref="Total"/> the entries readable, and <see cref="Appended"/> every entry ever appended: entries are numbered
/// from 0 in the order they came, and keep their number when older pages are dropped.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.AuditPage")]
public sealed record AuditPage(
    [property: Id(0)] AuditEntry[] Entries,
    [property: Id(1)] int Position,
    [property: Id(2)] int Total,
    [property: Id(3)] long Appended)
{
    /// <summary>The number of the entry at <paramref name="index"/> of this page.</summary>
    public long SequenceOf(int index) => Appended - 1 - Position - index;
}
