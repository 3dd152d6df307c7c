using LeadPlatform.Abstractions.Adoption;
using Orleans.Concurrency;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>
/// A manager's coaching-adoption counters in daily buckets. Key: the manager's id (<c>{organisationId}/mgr-…</c>).
/// Coaching grains report facts here; the counters are pushed up to team, organisation and consultancy.
/// </summary>
[Alias("leadplatform.IManagerAdoptionGrain")]
public interface IManagerAdoptionGrain : IAdoptionReporter, IAdoptionForwarder
{
    /// <summary>Counts a fact once, however often it is delivered; returns once it is durable.</summary>
    [AlwaysInterleave, Alias("Record")] Task Record(AdoptionEvent adoptionEvent);

    /// <summary>
    /// <see cref="Record"/> for several facts. Interleaved: calls arriving while a write is under way share the next
    /// write, so a busy manager's grain writes once per batch of facts rather than once per fact.
    /// </summary>
    [AlwaysInterleave, Alias("RecordAll")] Task RecordAll(AdoptionEvent[] adoptionEvents);

    /// <summary>The daily buckets (DateOnly.DayNumber → counters) of the days <c>[from, to]</c>, for comparisons over past windows.</summary>
    [Alias("Buckets")] Task<Dictionary<int, long[]>> Buckets(DateOnly from, DateOnly to);
}
