namespace LeadPlatform.Domain.Audit;

/// <summary>
/// Where an audit log keeps its entries: an open page of the newest (fewer than <see cref="PageSize"/>), and sealed
/// pages of exactly <see cref="PageSize"/>, numbered from 0 in the order they filled, of which the newest
/// <see cref="KeptPages"/> are kept. A write then costs at most one page, whatever the log's length (one list of
/// 10,000 entries rewritten on every audited mutation made the 10,000th write five times slower than the first).
/// </summary>
public sealed record AuditLogLayout(int PageSize, int KeptPages)
{
    /// <summary>Entries readable: the kept sealed pages and the open page.</summary>
    public int Total(int sealedPages, int openCount) => Math.Min(sealedPages, KeptPages) * PageSize + openCount;

    /// <summary>Entries ever appended: the next one's number (entries are numbered from 0, oldest first).</summary>
    public long Appended(int sealedPages, int openCount) => (long)sealedPages * PageSize + openCount;

    /// <summary>
    /// How many readable entries, counted from the newest, are numbered <paramref name="olderThan"/> or above: where a
    /// page of the entries below that number starts (all of them, when those entries were dropped already).
    /// </summary>
    public int NewerThan(long olderThan, int sealedPages, int openCount) =>
        (int)Math.Clamp(Appended(sealedPages, openCount) - olderThan, 0, Total(sealedPages, openCount));

    /// <summary>
    /// Where the entry <paramref name="offset"/> places after the newest is: in the open page (<c>Page</c> null) or a
    /// sealed page, at an index counted oldest first within it. Offsets outside <see cref="Total"/> are the caller's error.
    /// </summary>
    public (int? Page, int Index) Locate(int offset, int sealedPages, int openCount)
    {
        if (offset < 0 || offset >= Total(sealedPages, openCount))
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "Outside the log.");
        if (offset < openCount) return (null, openCount - 1 - offset);
        var intoSealed = offset - openCount;
        return (sealedPages - 1 - intoSealed / PageSize, PageSize - 1 - intoSealed % PageSize);
    }

    /// <summary>Sealed pages that fell out of the kept window when the count of sealed pages went from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public IEnumerable<int> Dropped(int before, int after) =>
        Enumerable.Range(Math.Max(0, before - KeptPages), Math.Max(0, after - KeptPages - Math.Max(0, before - KeptPages)));
}
