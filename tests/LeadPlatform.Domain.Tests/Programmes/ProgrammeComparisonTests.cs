using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Domain.Tests.Programmes;

/// <summary>
/// Four managers, training on 10–12 March 2026, windows of 7 days: before = 3–9 March, after = 13–19 March.
/// Mila and Sam follow the training only, Noor and Piet training plus coaching. Every figure is worked out by hand.
/// </summary>
public sealed class ProgrammeComparisonTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static DateOnly Day(int dayOfMarch) => March.AddDays(dayOfMarch - 1);

    private static readonly Programme Programme = new("Coach hat", [Day(10), Day(11), Day(12)],
    [
        new("mila", CoachingTrack.TrainingOnly),
        new("sam", CoachingTrack.TrainingOnly),
        new("noor", CoachingTrack.TrainingAndCoaching),
        new("piet", CoachingTrack.TrainingAndCoaching), // no adoption at all: counts as a manager who does not coach
    ]);

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<int, long[]>> Buckets = Build();

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<int, long[]>> Build()
    {
        var mila = new Dictionary<int, long[]>();
        var sam = new Dictionary<int, long[]>();
        var noor = new Dictionary<int, long[]>();
        void Completed(Dictionary<int, long[]> buckets, int day, int? previous) =>
            AdoptionVector.AddAll(buckets, AdoptionFacts.SessionCompleted(Day(day).DayNumber, previous is { } p ? Day(p).DayNumber : null));
        void Add(Dictionary<int, long[]> buckets, int day, long[] vector, int times = 1)
        {
            for (var i = 0; i < times; i++) AdoptionVector.AddInto(buckets, Day(day).DayNumber, vector);
        }

        // Mila coached before (5th) and after (15th); her "last completed" marker moved to the 15th.
        Completed(mila, 5, null);
        Completed(mila, 15, 5);
        Add(mila, 6, AdoptionFacts.Interaction(Hat.Manager, null), 3);
        Add(mila, 6, AdoptionFacts.Interaction(Hat.Coach, null));
        Add(mila, 14, AdoptionFacts.Interaction(Hat.Coach, null), 3);
        Add(mila, 14, AdoptionFacts.Interaction(Hat.Manager, null));
        // Sam coached only outside the windows: the day before (2nd), during training (11th), the day after (20th).
        Completed(sam, 2, null);
        Completed(sam, 11, 2);
        Completed(sam, 20, 11);
        // Noor on the window edges: questions on the 9th, sessions on the 13th and the 19th, questions on the 16th.
        Add(noor, 9, AdoptionVector.Of(AdoptionCounter.QuestionsOpen, 1));
        Add(noor, 9, AdoptionVector.Of(AdoptionCounter.QuestionsClosed, 3));
        Completed(noor, 13, null);
        Completed(noor, 19, 13);
        Add(noor, 16, AdoptionVector.Of(AdoptionCounter.QuestionsOpen, 4));
        Add(noor, 16, AdoptionVector.Of(AdoptionCounter.QuestionsClosed, 1));
        return new Dictionary<string, IReadOnlyDictionary<int, long[]>> { ["mila"] = mila, ["sam"] = sam, ["noor"] = noor };
    }

    [Fact]
    public void Windows_are_the_days_before_the_first_and_after_the_last_training_day()
    {
        var effect = ProgrammeComparison.Compare(Programme, Buckets, Day(30), 7);
        Assert.Equal(7, effect.WindowDays);
        Assert.Equal(new AdoptionWindow(Day(3), Day(9)), effect.BeforeWindow);
        Assert.Equal(new AdoptionWindow(Day(13), Day(19)), effect.AfterWindow);
        Assert.Equal(7, effect.AfterWindow!.Days);
    }

    [Fact]
    public void All_managers_before_and_after()
    {
        var all = ProgrammeComparison.Compare(Programme, Buckets, Day(30), 7).All;
        Assert.Equal(4, all.Managers);
        // Before: only Mila completed a session (5th) → 1 of 4; her marker having moved on does not hide it.
        Assert.Equal(1, all.Before!.ManagersCoaching);
        Assert.Equal(0.25, all.Before.AdoptionRate);
        Assert.Equal(1, all.Before.SessionsCompleted);
        Assert.Equal(1 / 4.0, all.Before.CoachHatShare); // Mila: 1 coach of 4 interactions
        Assert.Equal(1 / 4.0, all.Before.OpenQuestionRatio); // Noor: 1 open of 4
        // After: Mila (15th) and Noor (13th, 19th) → 2 of 4, three sessions.
        Assert.Equal(2, all.After!.ManagersCoaching);
        Assert.Equal(0.5, all.After.AdoptionRate);
        Assert.Equal(3, all.After.SessionsCompleted);
        Assert.Equal(3 / 4.0, all.After.CoachHatShare);
        Assert.Equal(4 / 5.0, all.After.OpenQuestionRatio);

        Assert.Equal(0.25, all.Change!.AdoptionRate, 12);
        Assert.Equal(2, all.Change.SessionsCompleted);
        Assert.Equal(0.5, all.Change.CoachHatShare, 12);
        Assert.Equal(0.55, all.Change.OpenQuestionRatio, 12);
    }

    [Fact]
    public void Training_only_against_training_and_coaching()
    {
        var effect = ProgrammeComparison.Compare(Programme, Buckets, Day(30), 7);

        var trainingOnly = effect.TrainingOnly; // Mila and Sam
        Assert.Equal(2, trainingOnly.Managers);
        Assert.Equal((1, 0.5, 1L), (trainingOnly.Before!.ManagersCoaching, trainingOnly.Before.AdoptionRate, trainingOnly.Before.SessionsCompleted));
        Assert.Equal((1, 0.5, 1L), (trainingOnly.After!.ManagersCoaching, trainingOnly.After.AdoptionRate, trainingOnly.After.SessionsCompleted));
        Assert.Equal(0, trainingOnly.Change!.AdoptionRate);
        Assert.Equal(0.5, trainingOnly.Change.CoachHatShare, 12);

        var coached = effect.TrainingAndCoaching; // Noor and Piet
        Assert.Equal(2, coached.Managers);
        Assert.Equal((0, 0.0, 0L), (coached.Before!.ManagersCoaching, coached.Before.AdoptionRate, coached.Before.SessionsCompleted));
        Assert.Equal((1, 0.5, 2L), (coached.After!.ManagersCoaching, coached.After.AdoptionRate, coached.After.SessionsCompleted));
        Assert.Equal(0.5, coached.Change!.AdoptionRate);
        Assert.Equal(0.25, coached.Before.OpenQuestionRatio);
        Assert.Equal(0.8, coached.After.OpenQuestionRatio);
        Assert.Equal(0, coached.Before.CoachHatShare); // no interactions: nothing to divide by
    }

    [Fact]
    public void During_training_there_is_no_after_yet()
    {
        var effect = ProgrammeComparison.Compare(Programme, Buckets, Day(11), 7);
        Assert.Equal(new AdoptionWindow(Day(3), Day(9)), effect.BeforeWindow);
        Assert.Null(effect.AfterWindow);
        Assert.Null(effect.All.After);
        Assert.Null(effect.All.Change);
        Assert.Equal(0.25, effect.All.Before!.AdoptionRate);
    }

    [Fact]
    public void Shortly_after_training_the_after_window_runs_to_today()
    {
        var effect = ProgrammeComparison.Compare(Programme, Buckets, Day(14), 7);
        Assert.Equal(new AdoptionWindow(Day(13), Day(14)), effect.AfterWindow);
        Assert.Equal(2, effect.AfterWindow!.Days);
        Assert.Equal(1, effect.All.After!.ManagersCoaching); // Noor on the 13th; Mila's session on the 15th is still ahead
    }

    [Fact]
    public void Before_a_programme_starts_the_before_window_also_runs_to_today_or_is_absent()
    {
        var early = ProgrammeComparison.Compare(Programme, Buckets, Day(5), 7);
        Assert.Equal(new AdoptionWindow(Day(3), Day(5)), early.BeforeWindow);
        Assert.Equal(1, early.All.Before!.ManagersCoaching);
        Assert.Null(early.AfterWindow);

        var tooEarly = ProgrammeComparison.Compare(Programme, Buckets, Day(2), 7);
        Assert.Null(tooEarly.BeforeWindow);
        Assert.Null(tooEarly.All.Before);
        Assert.Equal(4, tooEarly.All.Managers);
    }

    [Fact]
    public void A_wider_window_takes_in_more_days()
    {
        // 9 days: before = 1–9 March takes in Sam's session of the 2nd; after = 13–21 takes in Sam's of the 20th.
        var effect = ProgrammeComparison.Compare(Programme, Buckets, Day(30), 9);
        Assert.Equal(2, effect.TrainingOnly.Before!.ManagersCoaching);
        Assert.Equal(2, effect.TrainingOnly.After!.ManagersCoaching);
        Assert.Equal(1.0, effect.TrainingOnly.After.AdoptionRate);
    }

    [Fact]
    public void A_window_of_less_than_a_day_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeComparison.Compare(Programme, Buckets, Day(30), 0));
}
