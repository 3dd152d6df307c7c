using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Tests;

public sealed class AdoptionCalculatorTests
{
    private const int Today = 740_000;

    private static Dictionary<int, long[]> Buckets(params (int Day, long[] Vector)[] entries)
    {
        var buckets = new Dictionary<int, long[]>();
        foreach (var (day, vector) in entries) AdoptionVector.AddInto(buckets, day, vector);
        return buckets;
    }

    [Fact]
    public void Rates_divide_the_right_counters_over_the_window()
    {
        var buckets = Buckets(
            (Today, AdoptionVector.Of(AdoptionCounter.QuestionsOpen, 3)),
            (Today - 29, AdoptionVector.Of(AdoptionCounter.QuestionsClosed, 1)),
            (Today - 30, AdoptionVector.Of(AdoptionCounter.QuestionsClosed, 100)), // just outside 30 days
            (Today, AdoptionFacts.Interaction(Hat.Coach, true)),
            (Today, AdoptionFacts.Interaction(Hat.Manager, false)),
            (Today, AdoptionFacts.Interaction(Hat.Coach, null)),
            (Today, AdoptionVector.Of(AdoptionCounter.ActionsCreated, 4)),
            (Today, AdoptionVector.Of(AdoptionCounter.ActionsCompleted, 1)));

        var figures = AdoptionCalculator.Figures(buckets, managers: 4, Today);

        Assert.Equal(0.75, figures.OpenQuestionRatio);
        Assert.Equal(2 / 3.0, figures.CoachHatShare);
        Assert.Equal(0.5, figures.StyleFitRate);
        Assert.Equal(0.25, figures.ActionCompletionRate);
    }

    [Fact]
    public void Nothing_to_divide_by_gives_zero_not_an_error()
    {
        var figures = AdoptionCalculator.Figures(new Dictionary<int, long[]>(), managers: 0, Today);
        Assert.Equal((0.0, 0.0, 0.0, 0.0, 0.0), (figures.AdoptionRate, figures.OpenQuestionRatio, figures.CoachHatShare, figures.StyleFitRate, figures.ActionCompletionRate));
    }

    [Fact]
    public void Adoption_rate_counts_each_manager_once_by_their_last_completed_session()
    {
        var buckets = Buckets(
            (Today - 40, AdoptionFacts.SessionCompleted(Today - 40, null)[Today - 40]));
        // The same manager completes again today: the marker moves from 40 days ago to today.
        foreach (var (day, vector) in AdoptionFacts.SessionCompleted(Today, Today - 40)) AdoptionVector.AddInto(buckets, day, vector);
        // Another manager completed 10 days ago.
        foreach (var (day, vector) in AdoptionFacts.SessionCompleted(Today - 10, null)) AdoptionVector.AddInto(buckets, day, vector);

        var month = AdoptionCalculator.Figures(buckets, managers: 4, Today);
        Assert.Equal((2, 0.5, 2), (month.ManagersCoaching, month.AdoptionRate, month.SessionsCompleted));
        Assert.Equal(2, AdoptionCalculator.Figures(buckets, 4, Today, 365).ManagersCoaching);
    }

    [Fact]
    public void An_older_completion_arriving_late_does_not_move_the_marker_back()
    {
        var late = AdoptionFacts.SessionCompleted(Today - 5, previousDay: Today);
        Assert.Equal(0, late[Today - 5][(int)AdoptionCounter.ManagersLastCompletedSession]);
        Assert.Equal(1, late[Today - 5][(int)AdoptionCounter.SessionsCompleted]);
        Assert.False(late.ContainsKey(Today));
    }

    [Fact]
    public void Trimming_keeps_exactly_the_retention_window()
    {
        var buckets = Buckets((Today, AdoptionVector.Of(AdoptionCounter.SessionsStarted)),
            (Today - AdoptionCalculator.RetentionDays + 1, AdoptionVector.Of(AdoptionCounter.SessionsStarted)),
            (Today - AdoptionCalculator.RetentionDays, AdoptionVector.Of(AdoptionCounter.SessionsStarted)));
        AdoptionVector.Trim(buckets, Today, AdoptionCalculator.RetentionDays);
        Assert.Equal(2, buckets.Count);
    }

    [Fact]
    public void Assessments_count_their_level_and_style()
    {
        var vector = AdoptionFacts.Assessment(DevelopmentLevel.D3, LeadershipStyle.Supporting);
        var figures = AdoptionCalculator.Figures(Buckets((Today, vector)), 1, Today);
        Assert.Equal(1, figures.DevelopmentLevels[DevelopmentLevel.D3]);
        Assert.Equal(0, figures.DevelopmentLevels[DevelopmentLevel.D1]);
        Assert.Equal(1, figures.RecommendedStyles[LeadershipStyle.Supporting]);
    }

    [Fact]
    public void Daily_trend_has_one_point_per_day_oldest_first()
    {
        var buckets = Buckets((Today - 1, AdoptionVector.Of(AdoptionCounter.SessionsCompleted, 2)));
        var trend = AdoptionCalculator.DailyTrend(buckets, 1, Today, 3);
        Assert.Equal([Today - 2, Today - 1, Today], trend.Select(p => p.Day));
        Assert.Equal([0L, 2L, 0L], trend.Select(p => p.Figures.SessionsCompleted));
    }

    [Fact]
    public void A_past_day_of_the_trend_keeps_its_coaching_manager_when_the_manager_coaches_again()
    {
        var buckets = new Dictionary<int, long[]>();
        AdoptionVector.AddAll(buckets, AdoptionFacts.SessionCompleted(Today - 2, null));
        AdoptionVector.AddAll(buckets, AdoptionFacts.SessionCompleted(Today - 2, Today - 2)); // a second session that day
        AdoptionVector.AddAll(buckets, AdoptionFacts.SessionCompleted(Today, Today - 2));     // and again today

        var trend = AdoptionCalculator.DailyTrend(buckets, 1, Today, 3);

        Assert.Equal([1L, 0L, 1L], trend.Select(p => p.Figures.ManagersCoaching));
        Assert.Equal([2L, 0L, 1L], trend.Select(p => p.Figures.SessionsCompleted));
        // A window still counts the manager once.
        Assert.Equal(1, AdoptionCalculator.Figures(buckets, 1, Today, 3).ManagersCoaching);
    }

    [Fact]
    public void A_day_counted_before_the_days_own_counter_shows_its_marker()
    {
        var older = AdoptionVector.Of(AdoptionCounter.SessionsCompleted);
        older[(int)AdoptionCounter.ManagersLastCompletedSession] = 1;
        var buckets = Buckets((Today - 1, older[..(int)AdoptionCounter.ManagersCompletingOnDay]));

        Assert.Equal([1L, 0L], AdoptionCalculator.DailyTrend(buckets, 1, Today, 2).Select(p => p.Figures.ManagersCoaching));
    }

    [Fact]
    public void Negated_buckets_added_to_a_sum_that_holds_them_take_them_out_again()
    {
        var client = Buckets((Today - 1, AdoptionVector.Of(AdoptionCounter.SessionsStarted, 2)), (Today, AdoptionVector.Of(AdoptionCounter.InteractionsCoach, 3)));
        var consultancy = Buckets((Today, AdoptionVector.Of(AdoptionCounter.InteractionsCoach, 1)));
        AdoptionVector.AddAll(consultancy, client);

        AdoptionVector.AddAll(consultancy, AdoptionVector.Negated(client));

        Assert.Equal(AdoptionVector.Of(AdoptionCounter.InteractionsCoach, 1), consultancy[Today]);
        Assert.Equal(AdoptionVector.Empty(), consultancy[Today - 1]);
        Assert.Equal(2, client[Today - 1][(int)AdoptionCounter.SessionsStarted]); // the client's own are untouched
    }
}
