using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Domain.Tests;

public sealed class AdoptionRatioTests
{
    private const int Today = 740_000;

    /// <summary>A client's report from its counters of today, with <paramref name="managers"/> managers.</summary>
    private static AdoptionFigures Report(long managers, params (AdoptionCounter Counter, long Value)[] counters)
    {
        var buckets = new Dictionary<int, long[]>();
        foreach (var (counter, value) in counters) AdoptionVector.AddInto(buckets, Today, AdoptionVector.Of(counter, value));
        return AdoptionCalculator.Figures(buckets, managers, Today);
    }

    [Fact]
    public void A_client_without_what_a_rate_divides_by_is_left_out_of_its_average()
    {
        var asking = Report(2, (AdoptionCounter.QuestionsOpen, 3), (AdoptionCounter.QuestionsClosed, 1), (AdoptionCounter.ManagersLastCompletedSession, 1));
        var silent = Report(1);
        var empty = Report(0);

        Assert.Equal(0.75, AdoptionRatio.OpenQuestions.AverageOver([asking, silent, empty]));
        Assert.Equal((0.5 + 0) / 2, AdoptionRatio.Adoption.AverageOver([asking, silent, empty])); // a client with managers and no coaching counts as 0
    }

    [Fact]
    public void Each_client_counts_as_much_as_any_other_whatever_its_size()
    {
        var big = Report(1, (AdoptionCounter.InteractionsCoach, 90), (AdoptionCounter.InteractionsManager, 10));
        var small = Report(1, (AdoptionCounter.InteractionsManager, 1));
        Assert.Equal((0.9 + 0) / 2, AdoptionRatio.CoachHat.AverageOver([big, small]));
    }

    [Fact]
    public void With_no_client_having_the_data_the_average_is_zero()
    {
        Assert.Equal(0, AdoptionRatio.StyleFit.AverageOver([Report(3), Report(0)]));
        Assert.Equal(0, AdoptionRatio.ActionCompletion.AverageOver([]));
    }

    [Fact]
    public void Every_rate_knows_what_it_divides_by()
    {
        var report = Report(4, (AdoptionCounter.QuestionsOpen, 1), (AdoptionCounter.QuestionsClosed, 2), (AdoptionCounter.InteractionsCoach, 3),
            (AdoptionCounter.InteractionsManager, 4), (AdoptionCounter.InteractionsJudged, 5), (AdoptionCounter.ActionsCreated, 6));
        Assert.Equal([4L, 3L, 7L, 5L, 6L],
            new[] { AdoptionRatio.Adoption, AdoptionRatio.OpenQuestions, AdoptionRatio.CoachHat, AdoptionRatio.StyleFit, AdoptionRatio.ActionCompletion }.Select(r => r.Base(report)));
    }
}
