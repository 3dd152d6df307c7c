using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Leadership.Fit;

namespace LeadPlatform.Domain.Tests;

/// <summary>The one-size-fits-all pitfall: the same hat for every report whatever their levels.</summary>
public sealed class OneSizeFitsAllTests
{
    private static ReportHat[] Reports(Hat hat, params LeadershipStyle[] styles) =>
        styles.Select((style, i) => new ReportHat($"emp-{i}", style, hat)).ToArray();

    [Theory]
    [InlineData(Hat.Manager, new[] { LeadershipStyle.Directing, LeadershipStyle.Supporting })]
    [InlineData(Hat.Coach, new[] { LeadershipStyle.Directing, LeadershipStyle.Supporting })]
    [InlineData(Hat.Coach, new[] { LeadershipStyle.Directing, LeadershipStyle.Delegating })]
    [InlineData(Hat.Manager, new[] { LeadershipStyle.Delegating, LeadershipStyle.Coaching })]
    [InlineData(Hat.Manager, new[] { LeadershipStyle.Coaching, LeadershipStyle.Supporting, LeadershipStyle.Directing })]
    [InlineData(Hat.Coach, new[] { LeadershipStyle.Coaching, LeadershipStyle.Directing })]
    [InlineData(Hat.Manager, new[] { LeadershipStyle.Directing, LeadershipStyle.Directing, LeadershipStyle.Delegating })]
    public void The_same_hat_for_different_levels_that_misfits_one_of_them_is_flagged(Hat hat, LeadershipStyle[] styles)
    {
        Assert.True(OneSizeFitsAll.Detect(Reports(hat, styles)));
    }

    [Theory]
    // The hat fits every report: a COACHING style fits either hat.
    [InlineData(Hat.Manager, new[] { LeadershipStyle.Coaching, LeadershipStyle.Directing })]
    [InlineData(Hat.Coach, new[] { LeadershipStyle.Coaching, LeadershipStyle.Supporting })]
    [InlineData(Hat.Coach, new[] { LeadershipStyle.Supporting, LeadershipStyle.Delegating })]
    [InlineData(Hat.Coach, new[] { LeadershipStyle.Coaching, LeadershipStyle.Delegating, LeadershipStyle.Supporting })]
    // All reports call for the same style: one style is not one-size-fits-all, even when it misfits.
    [InlineData(Hat.Manager, new[] { LeadershipStyle.Supporting, LeadershipStyle.Supporting })]
    [InlineData(Hat.Coach, new[] { LeadershipStyle.Directing, LeadershipStyle.Directing, LeadershipStyle.Directing })]
    // Fewer than two reports.
    [InlineData(Hat.Manager, new[] { LeadershipStyle.Supporting })]
    [InlineData(Hat.Manager, new LeadershipStyle[0])]
    public void Not_flagged_when_the_hat_fits_all_or_levels_do_not_differ(Hat hat, LeadershipStyle[] styles)
    {
        Assert.False(OneSizeFitsAll.Detect(Reports(hat, styles)));
    }

    [Fact]
    public void Different_hats_for_different_reports_are_not_one_size_fits_all()
    {
        ReportHat[] reports =
        [
            new("emp-1", LeadershipStyle.Directing, Hat.Coach),
            new("emp-2", LeadershipStyle.Supporting, Hat.Manager),
        ];

        Assert.False(OneSizeFitsAll.Detect(reports));
    }

    [Fact]
    public void Null_reports_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => OneSizeFitsAll.Detect(null!));
    }
}
