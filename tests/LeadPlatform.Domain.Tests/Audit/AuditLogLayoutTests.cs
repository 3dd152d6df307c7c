using LeadPlatform.Domain.Audit;

namespace LeadPlatform.Domain.Tests.Audit;

public sealed class AuditLogLayoutTests
{
    private static readonly AuditLogLayout Layout = new(PageSize: 3, KeptPages: 2);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 2, 2)]
    [InlineData(1, 0, 3)]
    [InlineData(2, 1, 7)]
    [InlineData(5, 2, 8)] // only the two newest sealed pages are kept
    public void Total_counts_the_kept_sealed_pages_and_the_open_page(int sealedPages, int openCount, int expected) =>
        Assert.Equal(expected, Layout.Total(sealedPages, openCount));

    [Fact]
    public void Offsets_run_newest_first_through_the_open_page_then_the_sealed_pages_newest_first()
    {
        // Entries 0..9 appended in order: pages 0 [0,1,2], 1 [3,4,5], 2 [6,7,8] sealed, open [9]; pages 1 and 2 kept.
        var entries = Enumerable.Range(0, 10).ToArray();
        int EntryAt(int offset)
        {
            var (page, index) = Layout.Locate(offset, sealedPages: 3, openCount: 1);
            return page is { } p ? entries[p * 3 + index] : entries[9 + index];
        }

        Assert.Equal([9, 8, 7, 6, 5, 4, 3], Enumerable.Range(0, Layout.Total(3, 1)).Select(EntryAt));
    }

    [Theory]
    // Entries 0..9 as above (3 sealed pages, entry 9 open; entries 0..2 dropped): the offset of the page below an entry number.
    [InlineData(10, 0)] // below the next entry's number: from the newest
    [InlineData(9, 1)]
    [InlineData(4, 6)]
    [InlineData(3, 7)]  // below the oldest kept entry: nothing is left
    [InlineData(1, 7)]  // below an entry dropped already: nothing either
    [InlineData(12, 0)] // a number not given out yet
    public void The_page_below_an_entry_number_starts_after_every_newer_entry(long olderThan, int expected) =>
        Assert.Equal(expected, Layout.NewerThan(olderThan, sealedPages: 3, openCount: 1));

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void An_offset_outside_the_log_is_refused(int offset) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Layout.Locate(offset, sealedPages: 3, openCount: 1));

    [Theory]
    [InlineData(0, 2, new int[0])]
    [InlineData(2, 3, new[] { 0 })]
    [InlineData(3, 4, new[] { 1 })]
    [InlineData(0, 5, new[] { 0, 1, 2 })] // an old log sealed in one go
    [InlineData(4, 4, new int[0])]
    public void Pages_leaving_the_kept_window_are_dropped_once(int before, int after, int[] expected) =>
        Assert.Equal(expected, Layout.Dropped(before, after));
}
