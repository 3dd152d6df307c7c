using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Adoption;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains.Adoption;

/// <summary>
/// What every adoption level shares: daily buckets, reports, and an outbox to the level above that is
/// written together with the counters and flushed in the background (at-least-once delivery; the
/// receiver ignores repeats by sequence, so nothing is counted twice and nothing is lost on a crash).
/// </summary>
public abstract class AdoptionGrainBase(IPersistentState<AdoptionState> state, TimeProvider time, ILogger logger) : Grain
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private Task? flushing;
    private bool outboxTrimmedSinceWrite;
    private IGrainTimer? retry;

    protected AdoptionState Ledger => state.State;

    protected string Id => this.GetPrimaryKeyString();

    protected int Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).DayNumber;

    protected static int DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime).DayNumber;

    /// <summary>The id of the adoption grain above this one, or null at the top.</summary>
    protected abstract Task<string?> ResolveParentId();

    public Task<AdoptionFigures> Report(int windowDays) =>
        Task.FromResult(AdoptionCalculator.Figures(Ledger.Buckets, Ledger.Managers, Today, Math.Clamp(windowDays, 1, AdoptionCalculator.RetentionDays)));

    public Task<AdoptionTrendPoint[]> Trend(int days) =>
        Task.FromResult(AdoptionCalculator.DailyTrend(Ledger.Buckets, Ledger.Managers, Today, Math.Clamp(days, 1, AdoptionCalculator.RetentionDays))
            .Select(point => new AdoptionTrendPoint(DateOnly.FromDayNumber(point.Day), point.Figures)).ToArray());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Deltas left by an earlier activation (a crash between write and delivery) go out now.
        if (Ledger.Outbox.Count > 0) FlushInBackground();
        return Task.CompletedTask;
    }

    public Task Wake()
    {
        FlushInBackground();
        return Task.CompletedTask;
    }

    /// <summary>Applies a change to this level's counters and queues it for the level above, in one state write.</summary>
    protected async Task ApplyAndForward(Dictionary<int, long[]> buckets, long managersDelta)
    {
        AdoptionVector.AddAll(Ledger.Buckets, buckets);
        AdoptionVector.Trim(Ledger.Buckets, Today, AdoptionCalculator.RetentionDays);
        Ledger.Managers += managersDelta;
        Ledger.ParentId ??= await ResolveParentId() ?? "";
        if (Ledger.ParentId.Length > 0)
            Ledger.Outbox.Add(new AdoptionDelta(Id, ++Ledger.NextSequence, buckets, managersDelta));
        await state.WriteStateAsync();
        outboxTrimmedSinceWrite = false;
        FlushInBackground();
    }

    /// <summary>Sends the outbox up, unless a send is under way or there is nothing to send.</summary>
    protected void FlushInBackground()
    {
        if (flushing is { IsCompleted: false } || Ledger.Outbox.Count == 0 || string.IsNullOrEmpty(Ledger.ParentId)) return;
        flushing = Flush();
    }

    private async Task Flush()
    {
        var parent = GrainFactory.GetGrain<IAdoptionRollupGrain>(Ledger.ParentId!);
        while (Ledger.Outbox.Count > 0)
        {
            var batch = Ledger.Outbox.ToArray();
            try
            {
                await parent.ApplyBatch(batch);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Adoption deltas of {Grain} not delivered yet; retrying in {Delay}", Id, RetryAfter);
                retry?.Dispose();
                retry = this.RegisterGrainTimer(() => { FlushInBackground(); return Task.CompletedTask; },
                    new GrainTimerCreationOptions(RetryAfter, Timeout.InfiniteTimeSpan));
                return;
            }
            // Removal is persisted with the next write; until then a restart resends, and the receiver ignores repeats.
            Ledger.Outbox.RemoveRange(0, batch.Length);
            outboxTrimmedSinceWrite = true;
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (flushing is not null) await flushing.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        if (outboxTrimmedSinceWrite) await state.WriteStateAsync(cancellationToken);
    }
}
