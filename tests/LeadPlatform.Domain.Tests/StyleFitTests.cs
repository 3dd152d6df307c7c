using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Leadership.Fit;

namespace LeadPlatform.Domain.Tests;

/// <summary>Whether the hat worn in one interaction fits the recommended style.</summary>
public sealed class StyleFitTests
{
    [Theory]
    [InlineData(LeadershipStyle.Directing, Hat.Manager, true)]
    [InlineData(LeadershipStyle.Directing, Hat.Coach, false)]
    [InlineData(LeadershipStyle.Coaching, Hat.Manager, true)]
    [InlineData(LeadershipStyle.Coaching, Hat.Coach, true)]
    [InlineData(LeadershipStyle.Supporting, Hat.Manager, false)]
    [InlineData(LeadershipStyle.Supporting, Hat.Coach, true)]
    [InlineData(LeadershipStyle.Delegating, Hat.Manager, false)]
    [InlineData(LeadershipStyle.Delegating, Hat.Coach, true)]
    public void Every_style_and_hat_cell_in_a_first_interaction(LeadershipStyle style, Hat hat, bool fits)
    {
        Assert.Equal(fits, StyleFit.Fits(style, hat, 1));
    }

    [Theory]
    [InlineData(Hat.Coach, 1, true)]
    [InlineData(Hat.Coach, 2, true)]
    [InlineData(Hat.Coach, 3, false)]
    [InlineData(Hat.Coach, 7, false)]
    [InlineData(Hat.Manager, 1, false)]
    [InlineData(Hat.Manager, 2, false)]
    [InlineData(Hat.Manager, 3, false)]
    public void Delegating_fits_only_a_coach_hat_in_the_first_two_interactions_of_the_week(Hat hat, int interactions, bool fits)
    {
        Assert.Equal(fits, StyleFit.Fits(LeadershipStyle.Delegating, hat, interactions));
    }

    [Theory]
    [InlineData(LeadershipStyle.Directing, Hat.Manager, true)]
    [InlineData(LeadershipStyle.Directing, Hat.Coach, false)]
    [InlineData(LeadershipStyle.Coaching, Hat.Manager, true)]
    [InlineData(LeadershipStyle.Coaching, Hat.Coach, true)]
    [InlineData(LeadershipStyle.Supporting, Hat.Manager, false)]
    [InlineData(LeadershipStyle.Supporting, Hat.Coach, true)]
    public void Other_styles_do_not_depend_on_how_often_you_meet(LeadershipStyle style, Hat hat, bool fits)
    {
        Assert.Equal(fits, StyleFit.Fits(style, hat, 12));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_count_includes_the_current_interaction_so_it_is_at_least_one(int interactions)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StyleFit.Fits(LeadershipStyle.Delegating, Hat.Coach, interactions));
    }
}
