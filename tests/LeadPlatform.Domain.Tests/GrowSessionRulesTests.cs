using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Teams;

namespace LeadPlatform.Domain.Tests;

/// <summary>What each GROW stage allows, and the refusals that say what is allowed now.</summary>
public sealed class GrowSessionRulesTests
{
    [Theory]
    [InlineData(GrowStage.Goal)]
    [InlineData(GrowStage.Reality)]
    [InlineData(GrowStage.Options)]
    [InlineData(GrowStage.Completed)]
    public void Actions_outside_WILL_are_refused_naming_the_stage_and_what_is_allowed(GrowStage stage)
    {
        var refusal = GrowSessionRules.ActionRefusal(stage, 0);
        Assert.NotNull(refusal);
        Assert.Contains("WILL", refusal);
        Assert.Contains(GrowSessionRules.Name(stage), refusal);
        Assert.EndsWith(GrowSessionRules.AllowedNow(stage, 0), refusal);
    }

    [Fact]
    public void WILL_accepts_actions_up_to_the_limit()
    {
        Assert.Null(GrowSessionRules.ActionRefusal(GrowStage.Will, 0));
        Assert.Contains("at most", GrowSessionRules.ActionRefusal(GrowStage.Will, GrowSessionRules.MaxActions));
    }

    [Fact]
    public void Questions_are_recorded_in_every_open_stage_but_not_after_completion()
    {
        foreach (var stage in new[] { GrowStage.Goal, GrowStage.Reality, GrowStage.Options, GrowStage.Will })
            Assert.Null(GrowSessionRules.QuestionRefusal(stage, 0, 0));
        Assert.Contains("completed", GrowSessionRules.QuestionRefusal(GrowStage.Completed, 0, 1));
        Assert.Contains("at most", GrowSessionRules.QuestionRefusal(GrowStage.Goal, GrowSessionRules.MaxQuestions, 0));
    }

    [Fact]
    public void A_due_date_may_be_from_today_to_a_year_ahead()
    {
        var today = new DateOnly(2026, 3, 2);
        Assert.Null(GrowSessionRules.DueDateProblem(today, today));
        Assert.Contains("past", GrowSessionRules.DueDateProblem(today.AddDays(-1), today));
        Assert.Null(GrowSessionRules.DueDateProblem(today.AddDays(GrowSessionRules.MaxDueDays), today));
        Assert.Equal($"must be at most 365 days from today (at the latest {today.AddDays(365):yyyy-MM-dd})",
            GrowSessionRules.DueDateProblem(today.AddDays(GrowSessionRules.MaxDueDays + 1), today));
    }

    [Fact]
    public void WILL_says_whether_the_session_can_be_completed()
    {
        Assert.DoesNotContain("complete", GrowSessionRules.AllowedNow(GrowStage.Will, 0));
        Assert.Contains("complete the session", GrowSessionRules.AllowedNow(GrowStage.Will, 1));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(-3, false)]
    public void A_pulse_score_is_on_the_one_to_five_scale(int score, bool valid)
    {
        Assert.Equal(valid, PulseScale.Problem(score) is null);
    }

    [Theory]
    [InlineData(GrowStage.Goal, GrowStage.Goal, true)]
    [InlineData(GrowStage.Will, GrowStage.Will, true)]
    [InlineData(GrowStage.Reality, GrowStage.Goal, false)]     // a retry of the move from GOAL
    [InlineData(GrowStage.Completed, GrowStage.Will, false)]   // a retry of the completion
    public void An_advance_from_a_stage_moves_only_a_session_in_it_and_leaves_one_past_it(GrowStage stage, GrowStage from, bool move) =>
        Assert.Equal((move, (string?)null), GrowSessionRules.AdvanceFrom(stage, from, 0));

    [Fact]
    public void An_advance_from_a_stage_the_session_has_not_reached_is_refused_naming_both()
    {
        var (move, refusal) = GrowSessionRules.AdvanceFrom(GrowStage.Reality, GrowStage.Options, 0);

        Assert.False(move);
        Assert.Equal("The session is in REALITY, not yet in OPTIONS. " + GrowSessionRules.AllowedNow(GrowStage.Reality, 0), refusal);
    }
}
