using LeadPlatform.Abstractions.Adoption;

namespace LeadPlatform.Grains.Adoption;

/// <summary>The persisted state of every adoption grain (manager, team, organisation, consultancy).</summary>
[GenerateSerializer, Alias("leadplatform.state.Adoption")]
public sealed class AdoptionState
{
    /// <summary>Counters per day (DateOnly.DayNumber), bounded to the retention window.</summary>
    [Id(0)] public Dictionary<int, long[]> Buckets { get; set; } = [];

    [Id(1)] public long Managers { get; set; }

    /// <summary>Deltas for the level above, not yet confirmed delivered; resent in order until they are.</summary>
    [Id(2)] public List<AdoptionDelta> Outbox { get; set; } = [];

    [Id(3)] public long NextSequence { get; set; }

    /// <summary>
    /// The last sequence applied per source below, so a redelivery is ignored: rollups per adoption grain below,
    /// managers per sender of ordered facts (<see cref="AdoptionEvent.SourceSequence"/>).
    /// </summary>
    [Id(4)] public Dictionary<string, long> AppliedSequence { get; set; } = [];

    /// <summary>Managers: ids of facts without a sender sequence already counted, with their day, trimmed with the buckets.</summary>
    [Id(5)] public Dictionary<string, int> SeenEvents { get; set; } = [];

    /// <summary>Managers: the day of the last completed session.</summary>
    [Id(6)] public int? LastCompletedDay { get; set; }

    /// <summary>The adoption grain above ("" when there is none), resolved once.</summary>
    [Id(7)] public string? ParentId { get; set; }

    /// <summary>Levels above this one has left (an organisation's former consultancies): never resolved as its parent again.</summary>
    [Id(8)] public List<string> LeftParents { get; set; } = [];
}
