using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

public sealed class AssessmentHistoryLayoutTests
{
    private static readonly AssessmentHistoryLayout Layout = new(PageSize: 10, KeptPages: 4);

    [Fact]
    public void The_newest_pages_are_kept_oldest_first()
    {
        Assert.Empty(Layout.KeptPageNumbers(0));
        Assert.Equal([0, 1, 2], Layout.KeptPageNumbers(3));
        Assert.Equal([0, 1, 2, 3], Layout.KeptPageNumbers(4));
        Assert.Equal([3, 4, 5, 6], Layout.KeptPageNumbers(7));
    }

    [Fact]
    public void A_new_page_takes_the_slot_of_the_page_leaving_the_window()
    {
        Assert.Equal([0, 1, 2, 3, 0, 1], Enumerable.Range(0, 6).Select(Layout.Slot));
        // Sealing page 7 (the 8th) drops page 3, which held its slot.
        Assert.Equal(Layout.Slot(3), Layout.Slot(7));
        Assert.DoesNotContain(3, Layout.KeptPageNumbers(8));
        Assert.Equal(4, Layout.KeptPageNumbers(8).Select(Layout.Slot).Distinct().Count());
    }

    [Fact]
    public void Slots_fill_from_zero_up_to_the_kept_pages()
    {
        Assert.Equal(0, Layout.SlotsInUse(0));
        Assert.Equal(2, Layout.SlotsInUse(2));
        Assert.Equal(4, Layout.SlotsInUse(9));
    }
}
