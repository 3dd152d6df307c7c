namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// Where an employee's coaching session ids are kept: the newest (fewer than <see cref="PageSize"/>) in the employee's own
/// state, older ones in sealed pages of exactly <see cref="PageSize"/>, numbered from 0 in the order they filled. Every page
/// is kept, because an erasure must find every session with the employee; the state an employee writes holds at most a page
/// of ids however many sessions there were.
/// </summary>
public sealed record SessionListLayout(int PageSize)
{
    /// <summary>Every sealed page, oldest first, once <paramref name="sealedPages"/> pages have been sealed.</summary>
    public static IEnumerable<int> AllPages(int sealedPages) => Enumerable.Range(0, sealedPages);

    /// <summary>
    /// The sealed pages, oldest first, that hold the newest <paramref name="count"/> ids together with the open page of
    /// <paramref name="openCount"/> ids: none while the open page has enough.
    /// </summary>
    public IEnumerable<int> PagesWithNewest(int sealedPages, int openCount, int count)
    {
        var fromPages = Math.Max(0, count - openCount);
        var pages = Math.Min(sealedPages, (fromPages + PageSize - 1) / PageSize);
        return Enumerable.Range(sealedPages - pages, pages);
    }
}
