using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Adoption;

/// <summary>Which counters a fact moves. Kept in one place so every level counts the same way.</summary>
public static class AdoptionFacts
{
    public static long[] Interaction(Hat hat, bool? styleFit)
    {
        var vector = AdoptionVector.Of(hat == Hat.Coach ? AdoptionCounter.InteractionsCoach : AdoptionCounter.InteractionsManager);
        if (styleFit is { } fits)
        {
            vector[(int)AdoptionCounter.InteractionsJudged] = 1;
            if (fits) vector[(int)AdoptionCounter.InteractionsFitting] = 1;
        }
        return vector;
    }

    public static long[] Pulse(int energy, int engagement)
    {
        var vector = AdoptionVector.Of(AdoptionCounter.PulseReadings);
        vector[(int)AdoptionCounter.PulseEnergySum] = energy;
        vector[(int)AdoptionCounter.PulseEngagementSum] = engagement;
        return vector;
    }

    public static long[] Assessment(DevelopmentLevel level, LeadershipStyle style)
    {
        var vector = AdoptionVector.Of(AdoptionCounter.AssessmentsD1 + (int)level);
        vector[(int)(AdoptionCounter.StyleDirecting + (int)style)] = 1;
        return vector;
    }

    /// <summary>
    /// A completed session on <paramref name="day"/>: the manager's "last completed" marker moves from
    /// <paramref name="previousDay"/> (if any, and earlier) to this day, so windows count each manager once; and the
    /// manager's first completion of the day counts them for that day alone.
    /// </summary>
    public static Dictionary<int, long[]> SessionCompleted(int day, int? previousDay)
    {
        var buckets = new Dictionary<int, long[]> { [day] = AdoptionVector.Of(AdoptionCounter.SessionsCompleted) };
        if (previousDay is { } previous && previous >= day) return buckets;
        buckets[day][(int)AdoptionCounter.ManagersCompletingOnDay] = 1;
        buckets[day][(int)AdoptionCounter.ManagersLastCompletedSession] = 1;
        if (previousDay is { } moved) AdoptionVector.AddInto(buckets, moved, AdoptionVector.Of(AdoptionCounter.ManagersLastCompletedSession, -1));
        return buckets;
    }
}
