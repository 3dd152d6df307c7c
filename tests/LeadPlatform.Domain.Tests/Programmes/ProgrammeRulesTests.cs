using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Domain.Tests.Programmes;

public sealed class ProgrammeRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private const string Mila = "org-a/mgr-mila";
    private const string Sam = "org-a/mgr-sam";
    private static readonly HashSet<string> Managers = [Mila, Sam];

    private static (Programme? Programme, ProgrammeError? Error) Validate(string? name = "Leading with questions", DateOnly[]? dates = null, ManagerTrack[]? tracks = null) =>
        ProgrammeRules.Validate(name, dates ?? [Today.AddDays(7)], tracks ?? [new(Mila, CoachingTrack.TrainingOnly)], Managers, Today);

    private static void Refused((Programme? Programme, ProgrammeError? Error) result, string field, string problem)
    {
        Assert.Null(result.Programme);
        Assert.Equal(field, result.Error!.Field);
        Assert.Contains(problem, result.Error.Problem);
    }

    [Fact]
    public void A_valid_programme_keeps_its_tracks_and_sorts_its_days()
    {
        var (programme, error) = Validate("  Coach hat 2026  ", [Today.AddDays(9), Today.AddDays(7), Today.AddDays(8)],
            [new(Sam, CoachingTrack.TrainingAndCoaching), new(Mila, CoachingTrack.TrainingOnly)]);
        Assert.Null(error);
        Assert.Equal("Coach hat 2026", programme!.Name);
        Assert.Equal([Today.AddDays(7), Today.AddDays(8), Today.AddDays(9)], programme.TrainingDates);
        Assert.Equal(Today.AddDays(7), programme.FirstTrainingDay);
        Assert.Equal(Today.AddDays(9), programme.LastTrainingDay);
        Assert.Equal([new(Sam, CoachingTrack.TrainingAndCoaching), new(Mila, CoachingTrack.TrainingOnly)], programme.Tracks);
    }

    [Theory]
    [InlineData(null, "must not be empty")]
    [InlineData("   ", "must not be empty")]
    [InlineData("Line\u0007bell", "control characters")]
    public void The_name_is_required_and_plain(string? name, string problem) => Refused(Validate(name), "name", problem);

    [Fact]
    public void The_name_has_a_maximum_length()
    {
        Assert.Null(Validate(new string('x', 200)).Error);
        Refused(Validate(new string('x', 201)), "name", "at most 200");
    }

    [Fact]
    public void At_least_one_training_day_and_never_the_same_day_twice()
    {
        Refused(ProgrammeRules.Validate("P", [], [new(Mila, CoachingTrack.TrainingOnly)], Managers, Today), "trainingDates", "at least one");
        Refused(ProgrammeRules.Validate("P", null, [new(Mila, CoachingTrack.TrainingOnly)], Managers, Today), "trainingDates", "at least one");
        Refused(Validate(dates: [Today, Today.AddDays(1), Today]), "trainingDates", "must not repeat");
    }

    [Fact]
    public void Training_days_are_bounded_in_number()
    {
        var many = Enumerable.Range(0, ProgrammeRules.MaxTrainingDates + 1).Select(i => Today.AddDays(i)).ToArray();
        Assert.Null(Validate(dates: many[..^1]).Error);
        Refused(Validate(dates: many), "trainingDates", $"at most {ProgrammeRules.MaxTrainingDates}");
    }

    [Theory]
    [InlineData(-365, true)]
    [InlineData(365, true)]
    [InlineData(-366, false)]
    [InlineData(366, false)]
    [InlineData(-740_000, false)]
    public void Training_days_lie_within_a_year_of_today(int offset, bool accepted)
    {
        var day = DateOnly.FromDayNumber(Math.Max(0, Today.DayNumber + offset));
        var result = Validate(dates: [Today, day]);
        if (accepted) Assert.Null(result.Error);
        else Refused(result, "trainingDates", $"{day:yyyy-MM-dd} is more than 365 days");
    }

    [Fact]
    public void At_least_one_manager_and_each_manager_once()
    {
        Refused(Validate(tracks: []), "tracks", "at least one manager");
        Refused(Validate(tracks: [new(Mila, CoachingTrack.TrainingOnly), new(Sam, CoachingTrack.TrainingOnly), new(Mila, CoachingTrack.TrainingAndCoaching)]),
            "tracks", $"'{Mila}' more than once");
    }

    [Theory]
    [InlineData("org-b/mgr-mila")] // another organisation's manager
    [InlineData("org-a/mgr-gone")] // not (or no longer) a manager here
    [InlineData("org-a/emp-jan")] // an employee
    public void Every_manager_belongs_to_the_organisation(string stranger) =>
        Refused(Validate(tracks: [new(Mila, CoachingTrack.TrainingOnly), new(stranger, CoachingTrack.TrainingAndCoaching)]),
            "tracks", $"'{stranger}' is not a manager of this organisation");

    [Fact]
    public void Managers_are_bounded_in_number()
    {
        var ids = Enumerable.Range(0, ProgrammeRules.MaxManagers + 1).Select(i => $"org-a/mgr-{i}").ToArray();
        var known = ids.ToHashSet();
        var tracks = ids.Select(id => new ManagerTrack(id, CoachingTrack.TrainingOnly)).ToArray();
        Assert.Null(ProgrammeRules.Validate("P", [Today], tracks[..^1], known, Today).Error);
        Refused(ProgrammeRules.Validate("P", [Today], tracks, known, Today), "tracks", $"at most {ProgrammeRules.MaxManagers}");
    }

    [Fact]
    public void An_undefined_track_is_refused() =>
        Refused(Validate(tracks: [new(Mila, (CoachingTrack)7)]), "tracks", "unknown track");
}
