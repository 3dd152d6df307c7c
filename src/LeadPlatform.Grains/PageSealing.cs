namespace LeadPlatform.Grains;

/// <summary>An owner's list kept as an open page in its own state and sealed pages of a fixed size in page grains.</summary>
internal static class PageSealing
{
    /// <summary>
    /// Seals every full page at the front of <paramref name="open"/> in turn, numbering them on from
    /// <paramref name="sealedPages"/>, and returns the new count. Each page is written before the owner's state counts it, so a
    /// saved count never names a page that was not written; should the owner's save fail, the next change seals it again.
    /// </summary>
    public static async Task<int> SealFullPages<T>(List<T> open, int pageSize, int sealedPages, Func<int, T[], Task> writePage)
    {
        while (open.Count >= pageSize)
        {
            await writePage(sealedPages, [.. open.Take(pageSize)]);
            open.RemoveRange(0, pageSize);
            sealedPages++;
        }
        return sealedPages;
    }
}
