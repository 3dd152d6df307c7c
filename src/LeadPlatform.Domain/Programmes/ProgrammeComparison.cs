using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Domain.Programmes;

/// <summary>Compares a programme's managers before and after training, from their daily adoption buckets.</summary>
public static class ProgrammeComparison
{
    /// <param name="bucketsByManager">Each manager's daily buckets (DateOnly.DayNumber → counters); a manager without any counts as idle.</param>
    public static ProgrammeEffect Compare(Programme programme, IReadOnlyDictionary<string, IReadOnlyDictionary<int, long[]>> bucketsByManager,
        DateOnly today, int windowDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        var before = AdoptionWindow.UpTo(programme.FirstTrainingDay.AddDays(-windowDays), programme.FirstTrainingDay.AddDays(-1), today);
        var after = AdoptionWindow.UpTo(programme.LastTrainingDay.AddDays(1), programme.LastTrainingDay.AddDays(windowDays), today);

        GroupEffect Group(Func<ManagerTrack, bool> member)
        {
            var ids = programme.Tracks.Where(member).Select(t => t.ManagerId).ToArray();
            return new GroupEffect(ids.Length, Figures(ids, bucketsByManager, before), Figures(ids, bucketsByManager, after));
        }

        return new ProgrammeEffect(windowDays, before, after,
            Group(_ => true),
            Group(t => t.Track == CoachingTrack.TrainingOnly),
            Group(t => t.Track == CoachingTrack.TrainingAndCoaching));
    }

    private static AdoptionFigures? Figures(string[] managerIds, IReadOnlyDictionary<string, IReadOnlyDictionary<int, long[]>> bucketsByManager, AdoptionWindow? window)
    {
        if (window is null) return null;
        var sum = AdoptionVector.Empty();
        foreach (var id in managerIds)
        {
            var counters = bucketsByManager.TryGetValue(id, out var buckets)
                ? AdoptionVector.SumWindow(buckets, window.To.DayNumber, window.Days)
                : AdoptionVector.Empty();
            // A manager's "last completed session" marker sits on their latest session only, so a past window would
            // miss a manager who coached again later: here a manager coaches in a window when a session completed in it.
            counters[(int)AdoptionCounter.ManagersLastCompletedSession] = counters[(int)AdoptionCounter.SessionsCompleted] > 0 ? 1 : 0;
            AdoptionVector.Add(sum, counters);
        }
        return AdoptionCalculator.FromSum(sum, managerIds.Length);
    }
}
