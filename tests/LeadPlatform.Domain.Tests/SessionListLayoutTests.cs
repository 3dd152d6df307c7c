using LeadPlatform.Domain.Coaching;

namespace LeadPlatform.Domain.Tests;

public sealed class SessionListLayoutTests
{
    private static readonly SessionListLayout Layout = new(PageSize: 10);

    [Fact]
    public void Every_sealed_page_is_kept_oldest_first()
    {
        Assert.Empty(SessionListLayout.AllPages(0));
        Assert.Equal([0, 1, 2], SessionListLayout.AllPages(3));
    }

    [Theory]
    [InlineData(5, 4, 3, new int[0])]          // the open page has enough
    [InlineData(5, 4, 4, new int[0])]
    [InlineData(5, 4, 5, new[] { 4 })]         // one more id: the newest page
    [InlineData(5, 4, 14, new[] { 4 })]
    [InlineData(5, 4, 15, new[] { 3, 4 })]
    [InlineData(5, 0, 20, new[] { 3, 4 })]
    [InlineData(2, 4, 500, new[] { 0, 1 })]    // more than there are: every page
    [InlineData(0, 4, 500, new int[0])]
    public void The_newest_ids_need_only_the_newest_pages(int sealedPages, int openCount, int count, int[] expected) =>
        Assert.Equal(expected, Layout.PagesWithNewest(sealedPages, openCount, count));
}
