namespace LeadPlatform.Domain.Programmes;

/// <summary>
/// What a programme changed: adoption over <see cref="WindowDays"/> days before the first training day against
/// the days after the last one (up to today), for all its managers and per track.
/// </summary>
public sealed record ProgrammeEffect(
    int WindowDays,
    AdoptionWindow? BeforeWindow,
    AdoptionWindow? AfterWindow,
    GroupEffect All,
    GroupEffect TrainingOnly,
    GroupEffect TrainingAndCoaching);
