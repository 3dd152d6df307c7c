using LeadPlatform.Domain.Coaching.FollowUp;

namespace LeadPlatform.Domain.Tests;

/// <summary>Follow-up reminders: overdue and due-soon actions, and a gap in coaching conversations.</summary>
public sealed class NudgeRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 14, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateTimeOffset RecentCoaching = Now.AddDays(-3);
    private static readonly DateTimeOffset LongAgo = Now.AddYears(-1);

    private static ActionDue Action(string id, int dueInDays, bool completed = false, string? description = null) =>
        new(id, description ?? $"Action {id}", Today.AddDays(dueInDays), completed);

    private static IReadOnlyList<Nudge> ActionNudges(params ActionDue[] actions) =>
        NudgeRules.For(actions, RecentCoaching, LongAgo, Now);

    [Fact]
    public void Nothing_to_nudge_gives_an_empty_list()
    {
        Assert.Empty(NudgeRules.For([], RecentCoaching, LongAgo, Now));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-2)]
    [InlineData(-30)]
    public void An_open_action_due_before_today_is_overdue(int dueInDays)
    {
        var nudge = Assert.Single(ActionNudges(Action("a1", dueInDays)));

        Assert.Equal(NudgeKind.ActionOverdue, nudge.Kind);
        Assert.Equal("a1", nudge.ActionId);
        Assert.Equal(Today.AddDays(dueInDays), nudge.DueDate);
    }

    [Theory]
    [InlineData(0, "due today")]
    [InlineData(1, "due tomorrow")]
    [InlineData(2, "due in 2 days")]
    public void An_open_action_due_today_up_to_two_days_ahead_is_due_soon(int dueInDays, string when)
    {
        var nudge = Assert.Single(ActionNudges(Action("a1", dueInDays)));

        Assert.Equal(NudgeKind.ActionDueSoon, nudge.Kind);
        Assert.Equal("a1", nudge.ActionId);
        Assert.Equal(Today.AddDays(dueInDays), nudge.DueDate);
        Assert.Contains(when, nudge.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    public void An_action_due_in_three_days_or_later_does_not_nudge(int dueInDays)
    {
        Assert.Empty(ActionNudges(Action("a1", dueInDays)));
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(2)]
    public void Completed_actions_never_nudge(int dueInDays)
    {
        Assert.Empty(ActionNudges(Action("a1", dueInDays, completed: true)));
    }

    [Fact]
    public void Messages_name_the_action_and_the_date()
    {
        var nudges = ActionNudges(
            new ActionDue("a1", "Send the proposal to Acme", new DateOnly(2026, 3, 3), false),
            new ActionDue("a2", "Book the training", new DateOnly(2026, 3, 11), false));

        Assert.Equal("“Send the proposal to Acme” was due on 3 March 2026 and is still open (7 days overdue). "
                     + "Check in on it, and agree a new date if the old one no longer works.", nudges[0].Message);
        Assert.Equal("“Book the training” is due tomorrow (11 March 2026). A short check-in now helps it land on time.",
            nudges[1].Message);
    }

    [Fact]
    public void One_day_overdue_reads_naturally()
    {
        Assert.Contains("(1 day overdue)", Assert.Single(ActionNudges(Action("a1", -1))).Message);
    }

    [Fact]
    public void An_action_without_description_is_named_by_its_id()
    {
        var nudge = Assert.Single(ActionNudges(new ActionDue("act-7", "  ", Today, false)));

        Assert.Contains("Action act-7", nudge.Message);
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    [InlineData(30, true)]
    public void No_coaching_conversation_for_fourteen_days_nudges(int daysAgo, bool nudged)
    {
        var nudges = NudgeRules.For([], Now.AddDays(-daysAgo), LongAgo, Now);

        if (!nudged)
        {
            Assert.Empty(nudges);
            return;
        }
        var nudge = Assert.Single(nudges);
        Assert.Equal(NudgeKind.NoRecentCoaching, nudge.Kind);
        Assert.Null(nudge.ActionId);
        Assert.Null(nudge.DueDate);
        Assert.Contains($"{daysAgo} days ago", nudge.Message);
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    public void Without_any_coaching_the_gap_counts_from_becoming_a_manager(int daysAsManager, bool nudged)
    {
        var nudges = NudgeRules.For([], null, Now.AddDays(-daysAsManager), Now);

        Assert.Equal(nudged, nudges.Any(n => n.Kind == NudgeKind.NoRecentCoaching));
        if (nudged) Assert.Contains("not had a coaching conversation yet", nudges[0].Message);
    }

    [Fact]
    public void A_recent_conversation_wins_over_a_long_time_as_manager()
    {
        Assert.Empty(NudgeRules.For([], Now.AddDays(-1), Now.AddYears(-5), Now));
    }

    [Fact]
    public void Days_are_calendar_days_in_the_offset_of_now()
    {
        // 23:30 UTC on 24 February is 00:30 on 25 February in now's UTC+1: 13 calendar days, no nudge yet.
        var lateEvening = new DateTimeOffset(2026, 2, 24, 23, 30, 0, TimeSpan.Zero);
        Assert.Empty(NudgeRules.For([], lateEvening, LongAgo, Now));

        // 09:00 on 24 February is 14 calendar days before 10 March, even though it is 13.5 days of hours.
        var morning = new DateTimeOffset(2026, 2, 24, 9, 0, 0, TimeSpan.FromHours(1));
        Assert.Single(NudgeRules.For([], morning, LongAgo, Now.AddHours(-10)));
    }

    [Fact]
    public void A_coaching_moment_in_the_future_does_not_nudge()
    {
        Assert.Empty(NudgeRules.For([], null, Now.AddDays(3), Now));
    }

    [Fact]
    public void Order_is_overdue_by_date_then_due_soon_then_coaching_gap()
    {
        var nudges = NudgeRules.For(
        [
            Action("soon-b", 2),
            Action("late-new", -1),
            Action("done", -3, completed: true),
            Action("soon-a", 0),
            Action("late-old", -9),
            Action("later", 5),
            Action("late-tie-b", -4),
            Action("late-tie-a", -4),
        ], Now.AddDays(-20), LongAgo, Now);

        Assert.Equal(
            [
                (NudgeKind.ActionOverdue, "late-old"), (NudgeKind.ActionOverdue, "late-tie-a"),
                (NudgeKind.ActionOverdue, "late-tie-b"), (NudgeKind.ActionOverdue, "late-new"),
                (NudgeKind.ActionDueSoon, "soon-a"), (NudgeKind.ActionDueSoon, "soon-b"),
                (NudgeKind.NoRecentCoaching, (string?)null),
            ],
            nudges.Select(n => (n.Kind, n.ActionId)));
    }

    [Fact]
    public void Null_actions_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => NudgeRules.For(null!, null, LongAgo, Now));
    }
}
