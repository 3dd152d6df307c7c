using Orleans;

namespace LeadPlatform.Domain.Adoption;

/// <summary>
/// The per-day counters behind every adoption figure. A day's counters are a vector indexed by this enum,
/// so buckets add up level by level (manager → team → organisation → consultancy) by plain addition.
/// </summary>
[GenerateSerializer, Alias("leadplatform.AdoptionCounter")]
public enum AdoptionCounter
{
    SessionsStarted,
    SessionsCompleted,
    QuestionsOpen,
    QuestionsClosed,
    InteractionsCoach,
    InteractionsManager,
    /// <summary>Interactions whose style fit could be judged (an assessment existed).</summary>
    InteractionsJudged,
    InteractionsFitting,
    ActionsCreated,
    ActionsCompleted,
    AssessmentsD1,
    AssessmentsD2,
    AssessmentsD3,
    AssessmentsD4,
    StyleDirecting,
    StyleCoaching,
    StyleSupporting,
    StyleDelegating,
    /// <summary>Managers whose most recent completed session is on this day: summing a window counts coaching managers exactly once.</summary>
    ManagersLastCompletedSession,
    /// <summary>Team pulse: readings and the sums of their scores, so a window's average is sum / readings.</summary>
    PulseReadings,
    PulseEnergySum,
    PulseEngagementSum,
    /// <summary>
    /// Managers who completed a session on this day (counted at their first that day). Unlike the marker above it stays on
    /// a past day when the manager coaches again, so a day of the trend keeps its count; it does not add up across days.
    /// </summary>
    ManagersCompletingOnDay,
}
