namespace LeadPlatform.Domain.Programmes;

/// <summary>
/// A validated leadership programme of one client organisation: training days (sorted, distinct) and the
/// track of each manager in it. Built only by <see cref="ProgrammeRules.Validate"/>.
/// </summary>
public sealed record Programme(string Name, IReadOnlyList<DateOnly> TrainingDates, IReadOnlyList<ManagerTrack> Tracks)
{
    public DateOnly FirstTrainingDay => TrainingDates[0];

    public DateOnly LastTrainingDay => TrainingDates[^1];
}
