using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Adoption;

/// <summary>
/// One fact a manager's coaching produced. <see cref="EventId"/> is unique per fact, so delivering it twice
/// (a retry after a failure) counts it once. Carries no name and no text, only ids to count it once: aggregates stay anonymous.
/// </summary>
[GenerateSerializer, Immutable, Alias("leadplatform.AdoptionEvent")]
public sealed record AdoptionEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] AdoptionEventKind Kind,
    [property: Id(2)] DateTimeOffset At)
{
    /// <summary>For <see cref="AdoptionEventKind.Interaction"/>: the hat worn.</summary>
    [Id(3)] public Hat? Hat { get; init; }

    /// <summary>For <see cref="AdoptionEventKind.Interaction"/>: whether the hat fitted the recommended style.</summary>
    [Id(4)] public bool? StyleFit { get; init; }

    /// <summary>For <see cref="AdoptionEventKind.SessionCompleted"/>: how long the session took.</summary>
    [Id(5)] public double? DurationSeconds { get; init; }

    /// <summary>For <see cref="AdoptionEventKind.Assessment"/> and interactions: the level and style recommended then.</summary>
    [Id(6)] public DevelopmentLevel? DevelopmentLevel { get; init; }

    [Id(7)] public LeadershipStyle? Style { get; init; }

    /// <summary>For <see cref="AdoptionEventKind.Pulse"/>: the team's energy and engagement (1..5).</summary>
    [Id(8)] public int? Energy { get; init; }

    [Id(9)] public int? Engagement { get; init; }

    /// <summary>
    /// For senders that hand over their facts strictly in order (an employee's outbox): the sender, and the fact's number
    /// in its sequence (<see cref="SourceSequence"/>). The manager's adoption grain then recognises a repeat by one
    /// number per sender instead of keeping every event id for the retention window.
    /// </summary>
    [Id(10)] public string? SourceId { get; init; }

    [Id(11)] public long SourceSequence { get; init; }
}
