namespace LeadPlatform.Domain.Leadership;

/// <summary>
/// Where an employee's assessment history is kept: the newest (fewer than <see cref="PageSize"/>) in the employee's own
/// state, older ones in sealed pages of exactly <see cref="PageSize"/>, numbered from 0 in the order they filled, of which
/// the newest <see cref="KeptPages"/> are kept. Pages live in <see cref="KeptPages"/> slots used in turn (page n in slot
/// n mod <see cref="KeptPages"/>), so sealing a page overwrites the one leaving the window and no page is ever deleted to
/// make room. An assessment then writes a state of a few entries (and one page every <see cref="PageSize"/>-th time)
/// instead of the whole history.
/// </summary>
public sealed record AssessmentHistoryLayout(int PageSize, int KeptPages)
{
    /// <summary>The slot that holds page <paramref name="page"/>.</summary>
    public int Slot(int page) => page % KeptPages;

    /// <summary>The sealed pages still kept, oldest first, once <paramref name="sealedPages"/> pages have been sealed.</summary>
    public IEnumerable<int> KeptPageNumbers(int sealedPages) =>
        Enumerable.Range(Math.Max(0, sealedPages - KeptPages), Math.Min(sealedPages, KeptPages));

    /// <summary>The slots in use once <paramref name="sealedPages"/> pages have been sealed (from slot 0 on).</summary>
    public int SlotsInUse(int sealedPages) => Math.Min(sealedPages, KeptPages);
}
