namespace LeadPlatform.Domain.Adoption;

/// <summary>
/// The adoption report over a window of days. Rates are 0..1 and 0 when there is nothing to divide by.
/// <see cref="AdoptionRate"/> = managers with a completed coaching session in the window / managers.
/// <see cref="AverageEnergy"/> and <see cref="AverageEngagement"/> are the team pulse (1..5) over the same days,
/// null when no pulse was taken, so impact can be read next to adoption.
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
    IReadOnlyDictionary<Leadership.LeadershipStyle, long> RecommendedStyles,
    double? AverageEnergy = null,
    double? AverageEngagement = null)
{
    /// <summary>Open and closed questions: what <see cref="OpenQuestionRatio"/> divides by.</summary>
    public long QuestionsAsked { get; init; }

    /// <summary>Interactions in either hat: what <see cref="CoachHatShare"/> divides by.</summary>
    public long Interactions { get; init; }

    /// <summary>Interactions whose style fit could be judged: what <see cref="StyleFitRate"/> divides by.</summary>
    public long InteractionsJudged { get; init; }

    /// <summary>What <see cref="ActionCompletionRate"/> divides by.</summary>
    public long ActionsCreated { get; init; }
}
