namespace LeadPlatform.Domain.Adoption;

/// <summary>
/// The adoption report over a window of days. Rates are 0..1 and 0 when there is nothing to divide by.
/// <see cref="AdoptionRate"/> = managers with a completed coaching session in the window / managers.
/// </summary>
public sealed record AdoptionFigures(
    long Managers,
    long ManagersCoaching,
    double AdoptionRate,
    long SessionsStarted,
    long SessionsCompleted,
    double OpenQuestionRatio,
    double CoachHatShare,
    double StyleFitRate,
    double ActionCompletionRate,
    IReadOnlyDictionary<Leadership.DevelopmentLevel, long> DevelopmentLevels,
    IReadOnlyDictionary<Leadership.LeadershipStyle, long> RecommendedStyles);
