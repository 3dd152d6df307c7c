using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Leadership.Fit;

namespace LeadPlatform.Domain.Tests;

/// <summary>Judging interactions against the recommended style and summing up a manager's hats.</summary>
public sealed class HatRecordTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_unassessed_report_is_not_judged()
    {
        var interaction = HatRecord.Judge([], "emp-1", Hat.Coach, null, Monday);
        Assert.Null(interaction.Fits);
        Assert.Null(interaction.Recommended);
    }

    [Fact]
    public void Delegating_counts_earlier_interactions_with_the_same_report_in_the_last_seven_days()
    {
        var earlier = new List<Interaction>
        {
            new("emp-1", Hat.Coach, Monday.AddDays(-8), LeadershipStyle.Delegating, true), // outside the window
            new("emp-1", Hat.Coach, Monday.AddDays(-2), LeadershipStyle.Delegating, true),
            new("emp-2", Hat.Coach, Monday.AddDays(-1), LeadershipStyle.Delegating, true), // another report
        };
        Assert.True(HatRecord.Judge(earlier, "emp-1", Hat.Coach, LeadershipStyle.Delegating, Monday).Fits);
        earlier.Add(new("emp-1", Hat.Coach, Monday.AddDays(-1), LeadershipStyle.Delegating, true));
        Assert.False(HatRecord.Judge(earlier, "emp-1", Hat.Coach, LeadershipStyle.Delegating, Monday).Fits);
    }

    [Fact]
    public void The_summary_counts_hats_and_fit_over_judged_interactions_only()
    {
        var summary = HatRecord.Summarise(
        [
            new("emp-1", Hat.Manager, Monday, LeadershipStyle.Directing, true),
            new("emp-2", Hat.Coach, Monday, LeadershipStyle.Directing, false),
            new("emp-3", Hat.Coach, Monday, null, null),
        ]);
        Assert.Equal(3, summary.Interactions);
        Assert.Equal(2, summary.CoachInteractions);
        Assert.Equal(0.5, summary.StyleFitRate);
        Assert.Equal(2.0 / 3, summary.CoachHatShare);
        Assert.False(summary.OneSizeFitsAll);
    }

    [Fact]
    public void No_interactions_give_no_rates()
    {
        var summary = HatRecord.Summarise([]);
        Assert.Null(summary.StyleFitRate);
        Assert.Null(summary.CoachHatShare);
        Assert.False(summary.OneSizeFitsAll);
    }

    [Fact]
    public void One_size_fits_all_uses_the_most_used_hat_and_the_latest_recommended_style_per_report()
    {
        Interaction At(string employee, Hat hat, int day, LeadershipStyle style) => new(employee, hat, Monday.AddDays(day), style, null);
        var sameHat = HatRecord.Summarise(
        [
            At("emp-1", Hat.Manager, 0, LeadershipStyle.Directing),
            At("emp-2", Hat.Coach, 0, LeadershipStyle.Delegating),
            At("emp-2", Hat.Manager, 1, LeadershipStyle.Supporting),
            At("emp-2", Hat.Manager, 2, LeadershipStyle.Supporting),
        ]);
        Assert.True(sameHat.OneSizeFitsAll); // MANAGER for a D1 and for a D3 now

        var tieGoesToTheLatestHat = HatRecord.Summarise(
        [
            At("emp-1", Hat.Manager, 0, LeadershipStyle.Directing),
            At("emp-2", Hat.Manager, 0, LeadershipStyle.Supporting),
            At("emp-2", Hat.Coach, 1, LeadershipStyle.Supporting),
        ]);
        Assert.False(tieGoesToTheLatestHat.OneSizeFitsAll);
    }
}
