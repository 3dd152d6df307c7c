using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Adoption;

/// <summary>Turns daily counter buckets into adoption figures: the one place the report maths lives.</summary>
public static class AdoptionCalculator
{
    public const int DefaultWindowDays = 30;

    /// <summary>Buckets are kept this long: enough for a year-over-year trend.</summary>
    public const int RetentionDays = 400;

    public static AdoptionFigures Figures(IReadOnlyDictionary<int, long[]> buckets, long managers, int today, int windowDays = DefaultWindowDays) =>
        FromSum(AdoptionVector.SumWindow(buckets, today, windowDays), managers);

    /// <summary>Figures of counters already summed over a window (one vector, see <see cref="AdoptionVector"/>).</summary>
    public static AdoptionFigures FromSum(long[] s, long managers)
    {
        long C(AdoptionCounter counter) => s[(int)counter];
        var coaching = C(AdoptionCounter.ManagersLastCompletedSession);
        var questions = C(AdoptionCounter.QuestionsOpen) + C(AdoptionCounter.QuestionsClosed);
        var interactions = C(AdoptionCounter.InteractionsCoach) + C(AdoptionCounter.InteractionsManager);
        return new AdoptionFigures(
            Managers: managers,
            ManagersCoaching: coaching,
            AdoptionRate: Ratio(coaching, managers),
            SessionsStarted: C(AdoptionCounter.SessionsStarted),
            SessionsCompleted: C(AdoptionCounter.SessionsCompleted),
            OpenQuestionRatio: Ratio(C(AdoptionCounter.QuestionsOpen), questions),
            CoachHatShare: Ratio(C(AdoptionCounter.InteractionsCoach), interactions),
            StyleFitRate: Ratio(C(AdoptionCounter.InteractionsFitting), C(AdoptionCounter.InteractionsJudged)),
            ActionCompletionRate: Ratio(C(AdoptionCounter.ActionsCompleted), C(AdoptionCounter.ActionsCreated)),
            DevelopmentLevels: new Dictionary<DevelopmentLevel, long>
            {
                [DevelopmentLevel.D1] = C(AdoptionCounter.AssessmentsD1),
                [DevelopmentLevel.D2] = C(AdoptionCounter.AssessmentsD2),
                [DevelopmentLevel.D3] = C(AdoptionCounter.AssessmentsD3),
                [DevelopmentLevel.D4] = C(AdoptionCounter.AssessmentsD4),
            },
            RecommendedStyles: new Dictionary<LeadershipStyle, long>
            {
                [LeadershipStyle.Directing] = C(AdoptionCounter.StyleDirecting),
                [LeadershipStyle.Coaching] = C(AdoptionCounter.StyleCoaching),
                [LeadershipStyle.Supporting] = C(AdoptionCounter.StyleSupporting),
                [LeadershipStyle.Delegating] = C(AdoptionCounter.StyleDelegating),
            },
            AverageEnergy: Average(C(AdoptionCounter.PulseEnergySum), C(AdoptionCounter.PulseReadings)),
            AverageEngagement: Average(C(AdoptionCounter.PulseEngagementSum), C(AdoptionCounter.PulseReadings)))
        {
            QuestionsAsked = questions,
            Interactions = interactions,
            InteractionsJudged = C(AdoptionCounter.InteractionsJudged),
            ActionsCreated = C(AdoptionCounter.ActionsCreated),
        };
    }

    /// <summary>One point per day for the last <paramref name="days"/> days, oldest first; each point is that day alone.</summary>
    public static IReadOnlyList<(int Day, AdoptionFigures Figures)> DailyTrend(IReadOnlyDictionary<int, long[]> buckets, long managers, int today, int days) =>
        Enumerable.Range(0, days).Select(offset => today - days + 1 + offset).Select(day => (day, FromSum(OneDay(buckets, day), managers))).ToArray();

    /// <summary>
    /// A day's counters, with its coaching managers those who completed a session that day: the "last completed" marker
    /// has left a past day once its managers coached again. Days counted before the day's own counter existed hold only
    /// the marker, which is never more than the managers completing that day, hence the larger of the two.
    /// </summary>
    private static long[] OneDay(IReadOnlyDictionary<int, long[]> buckets, int day)
    {
        var sum = AdoptionVector.SumWindow(buckets, day, 1);
        sum[(int)AdoptionCounter.ManagersLastCompletedSession] = Math.Max(sum[(int)AdoptionCounter.ManagersLastCompletedSession],
            sum[(int)AdoptionCounter.ManagersCompletingOnDay]);
        return sum;
    }

    public static double Ratio(long part, long whole) => whole <= 0 ? 0 : (double)part / whole;

    private static double? Average(long sum, long count) => count <= 0 ? null : (double)sum / count;
}
