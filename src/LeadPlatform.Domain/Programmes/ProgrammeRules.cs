using LeadPlatform.Domain.Identity;

namespace LeadPlatform.Domain.Programmes;

/// <summary>What a programme must satisfy before it is stored.</summary>
public static class ProgrammeRules
{
    /// <summary>Training days per programme: a multi-day course, not a calendar.</summary>
    public const int MaxTrainingDates = 60;

    /// <summary>Managers per programme; bounds the grain calls behind one comparison.</summary>
    public const int MaxManagers = 500;

    /// <summary>Training dates lie within this many days of today: older ones have no adoption left to compare
    /// (buckets are kept about 400 days), later ones are a typo.</summary>
    public const int HorizonDays = 365;

    /// <summary>
    /// The programme, or the first problem found. <paramref name="managersOfOrganisation"/> are the ids of the
    /// client organisation's managers that exist: a track naming anyone else is refused.
    /// </summary>
    public static (Programme? Programme, ProgrammeError? Error) Validate(
        string? name, IReadOnlyCollection<DateOnly>? trainingDates, IReadOnlyCollection<ManagerTrack>? tracks,
        IReadOnlySet<string> managersOfOrganisation, DateOnly today)
    {
        var (validName, nameError) = DisplayName.Validate(name);
        if (nameError is not null) return Refuse("name", nameError);

        var dates = trainingDates ?? [];
        if (dates.Count == 0) return Refuse("trainingDates", "must hold at least one training day");
        if (dates.Count > MaxTrainingDates) return Refuse("trainingDates", $"must hold at most {MaxTrainingDates} days");
        if (dates.Distinct().Count() != dates.Count) return Refuse("trainingDates", "must not repeat a day");
        foreach (var day in dates.Where(d => Math.Abs(d.DayNumber - today.DayNumber) > HorizonDays).Take(1))
            return Refuse("trainingDates", $"{day:yyyy-MM-dd} is more than {HorizonDays} days from today");

        var managers = tracks ?? [];
        if (managers.Count == 0) return Refuse("tracks", "must name at least one manager");
        if (managers.Count > MaxManagers) return Refuse("tracks", $"must name at most {MaxManagers} managers");
        if (managers.GroupBy(t => t.ManagerId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Refuse("tracks", $"names manager '{twice.Key}' more than once");
        if (managers.FirstOrDefault(t => !managersOfOrganisation.Contains(t.ManagerId)) is { } stranger)
            return Refuse("tracks", $"manager '{stranger.ManagerId}' is not a manager of this organisation");
        if (managers.FirstOrDefault(t => !Enum.IsDefined(t.Track)) is { } unknown)
            return Refuse("tracks", $"has an unknown track for manager '{unknown.ManagerId}'");

        return (new Programme(validName!, [.. dates.Order()], [.. managers]), null);
    }

    /// <summary>
    /// Whether a recorded programme is what these arguments ask for: a keyed retry of the request that recorded it (the
    /// name as validated, the days in any order, the tracks as given).
    /// </summary>
    public static bool Asks(Programme recorded, string? name, IEnumerable<DateOnly> trainingDates, IEnumerable<ManagerTrack> tracks) =>
        DisplayName.Validate(name).Name == recorded.Name && recorded.TrainingDates.SequenceEqual(trainingDates.Order())
        && recorded.Tracks.SequenceEqual(tracks);

    private static (Programme?, ProgrammeError?) Refuse(string field, string problem) => (null, new ProgrammeError(field, problem));
}
