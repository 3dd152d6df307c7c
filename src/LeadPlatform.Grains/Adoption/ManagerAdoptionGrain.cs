using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Adoption;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Grains.Adoption;

/// <summary>Counts a manager's coaching facts once each and passes them to the team's adoption grain.</summary>
public sealed class ManagerAdoptionGrain(
    [PersistentState("adoption")] IPersistentState<AdoptionState> state,
    TimeProvider time,
    IOptions<AdoptionOptions> options,
    ILogger<ManagerAdoptionGrain> logger) : AdoptionGrainBase(state, time, options, logger), IManagerAdoptionGrain
{
    public Task Record(AdoptionEvent fact) => RecordAll([fact]);

    public async Task RecordAll(AdoptionEvent[] facts)
    {
        // Calls interleave: from here to ApplyAndForward's write nothing waits, so each call's changes stay together.
        await ResolveParent();
        var buckets = new Dictionary<int, long[]>();
        long managers = 0;
        var counted = new List<AdoptionEvent>(facts.Length);
        foreach (var fact in facts)
        {
            var day = DayOf(fact.At);
            // A repeat is counted already; what it moved may still sit in the outbox (the silo died before sending it up).
            if (!FirstDelivery(fact, day)) continue;
            var (factBuckets, factManagers) = Count(fact, day, Ledger.Managers + managers);
            AdoptionVector.AddAll(buckets, factBuckets);
            managers += factManagers;
            counted.Add(fact);
        }
        if (counted.Count == 0)
        {
            await Saved();
            FlushInBackground();
            return;
        }
        foreach (var old in Ledger.SeenEvents.Where(seen => seen.Value <= Today - AdoptionCalculator.RetentionDays).Select(seen => seen.Key).ToArray())
            Ledger.SeenEvents.Remove(old);

        // One state write for the batch, shared with the calls that arrive while the write before it is under way.
        await ApplyAndForward(buckets, managers);
        foreach (var fact in counted) AdoptionMetrics.Record(fact, TenantReach.TenantOf(Id));
    }

    /// <summary>
    /// Whether the fact is new, remembering it if so: by its sender's high-water mark when it has a place in its sender's
    /// sequence (one number per sender), else by its event id (kept for the retention window).
    /// </summary>
    private bool FirstDelivery(AdoptionEvent fact, int day)
    {
        if (fact.SourceId is { } source)
        {
            if (Ledger.AppliedSequence.TryGetValue(source, out var applied) && fact.SourceSequence <= applied) return false;
            Ledger.AppliedSequence[source] = fact.SourceSequence;
            return true;
        }
        return Ledger.SeenEvents.TryAdd(fact.EventId, day);
    }

    public Task<Dictionary<int, long[]>> Buckets(DateOnly from, DateOnly to) =>
        Task.FromResult(Ledger.Buckets.Where(bucket => bucket.Key >= from.DayNumber && bucket.Key <= to.DayNumber)
            .ToDictionary(bucket => bucket.Key, bucket => bucket.Value.ToArray()));

    private (Dictionary<int, long[]> Buckets, long Managers) Count(AdoptionEvent fact, int day, long managersSoFar)
    {
        Dictionary<int, long[]> On(long[] vector) => new() { [day] = vector };
        switch (fact.Kind)
        {
            case AdoptionEventKind.SessionCompleted:
                var buckets = AdoptionFacts.SessionCompleted(day, Ledger.LastCompletedDay);
                if (Ledger.LastCompletedDay is not { } last || day > last) Ledger.LastCompletedDay = day;
                return (buckets, 0);
            case AdoptionEventKind.ManagerAdded:
                return ([], managersSoFar == 0 ? 1 : 0);
            case AdoptionEventKind.Interaction when fact.Hat is { } hat:
                return (On(AdoptionFacts.Interaction(hat, fact.StyleFit)), 0);
            case AdoptionEventKind.Pulse when fact.Energy is { } energy && fact.Engagement is { } engagement:
                return (On(AdoptionFacts.Pulse(energy, engagement)), 0);
            case AdoptionEventKind.Assessment when fact.DevelopmentLevel is { } level && fact.Style is { } style:
                return (On(AdoptionFacts.Assessment(level, style)), 0);
            default:
                return (On(AdoptionVector.Of(fact.Kind switch
                {
                    AdoptionEventKind.SessionStarted => AdoptionCounter.SessionsStarted,
                    AdoptionEventKind.QuestionOpen => AdoptionCounter.QuestionsOpen,
                    AdoptionEventKind.QuestionClosed => AdoptionCounter.QuestionsClosed,
                    AdoptionEventKind.ActionCreated => AdoptionCounter.ActionsCreated,
                    AdoptionEventKind.ActionCompleted => AdoptionCounter.ActionsCompleted,
                    _ => throw new ArgumentException($"An adoption fact of kind {fact.Kind} lacks its details.", nameof(fact)),
                })), 0);
        }
    }

    protected override async Task<string?> ResolveParentId() => (await GrainFactory.GetGrain<IManagerGrain>(Id).Get())?.TeamId;
}
