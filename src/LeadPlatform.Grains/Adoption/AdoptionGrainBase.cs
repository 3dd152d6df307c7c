using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Adoption;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadPlatform.Grains.Adoption;

/// <summary>
/// What every adoption level shares: daily buckets, reports, and an outbox to the level above that is
/// written together with the counters and flushed in the background (at-least-once delivery; the
/// receiver ignores repeats by sequence, so nothing is counted twice and nothing is lost on a crash). Sends are paced
/// (<see cref="ForwardPacer"/>), so a busy grain sends what gathered in one call.
/// </summary>
public abstract class AdoptionGrainBase(IPersistentState<AdoptionState> state, TimeProvider time, IOptions<AdoptionOptions> options, ILogger logger) : Grain
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly ForwardPacer pacer = new(options.Value.ForwardInterval, options.Value.ForwardBurst, TimeProvider.System);
    private Task? flushing;
    private bool outboxTrimmedSinceWrite;
    private IGrainTimer? retry;

    private Task writing = Task.CompletedTask;
    private Task? nextWrite;

    /// <summary>Changes in memory that no completed write holds yet.</summary>
    private bool unsaved;

    /// <summary>Deltas at the end of the outbox whose write has not completed: not sent up before they are durable here.</summary>
    private int unsavedDeltas;

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

    /// <summary>
    /// Whether the level above can change during this grain's life (an organisation's consultancy, with <c>detachClient</c>).
    /// Such a parent is resolved again by each activation: the stored one may be from before the change.
    /// </summary>
    protected virtual bool ParentCanChange => false;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ParentCanChange) Ledger.ParentId = null;
        // Deltas left by an earlier activation (a crash between write and delivery) go out now.
        if (Ledger.Outbox.Count > 0) FlushInBackground();
        return Task.CompletedTask;
    }

    public Task Wake()
    {
        FlushInBackground();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Resolves the level above once. Grains that take calls interleaved call it before they change anything, so that
    /// <see cref="ApplyAndForward"/> does not wait between a change and its delta (a write in between would save one without the other).
    /// </summary>
    protected async Task ResolveParent() => Ledger.ParentId ??= await ResolveParentId() ?? "";

    /// <summary>Applies a change to this level's counters and queues it for the level above, in one state write.</summary>
    protected async Task ApplyAndForward(Dictionary<int, long[]> buckets, long managersDelta)
    {
        await ResolveParent();
        AdoptionVector.AddAll(Ledger.Buckets, buckets);
        AdoptionVector.Trim(Ledger.Buckets, Today, AdoptionCalculator.RetentionDays);
        Ledger.Managers += managersDelta;
        if (Ledger.ParentId!.Length > 0)
        {
            Ledger.Outbox.Add(new AdoptionDelta(Id, ++Ledger.NextSequence, buckets, managersDelta));
            unsavedDeltas++;
        }
        await Save();
        FlushInBackground();
    }

    /// <summary>
    /// Stops sending to <paramref name="parentId"/> and takes back there everything this level counted: what waits in the
    /// outbox goes first, then one delta of every counter negated. Once per parent (<see cref="AdoptionState.LeftParents"/>);
    /// a repeat, after a send that failed, only delivers what is left.
    /// </summary>
    protected async Task TakeBackFrom(string parentId)
    {
        if (!Ledger.LeftParents.Contains(parentId))
        {
            Ledger.LeftParents.Add(parentId);
            Ledger.ParentId = "";
            Ledger.Outbox.Add(new AdoptionDelta(Id, ++Ledger.NextSequence, AdoptionVector.Negated(Ledger.Buckets), -Ledger.Managers));
            unsavedDeltas++;
            await Save();
        }
        // A send under way goes on to the parent it started with, and may take all of it; the rest goes now.
        pacer.Hurry();
        if (flushing is { } running) await running.ContinueWith(_ => { }, TaskScheduler.Current);
        if (Ledger.Outbox.Count == 0) return;
        var batch = Ledger.Outbox.ToArray();
        await GrainFactory.GetGrain<IAdoptionRollupGrain>(parentId).ApplyBatch(batch);
        Ledger.Outbox.RemoveRange(0, batch.Length);
        await Save();
    }

    /// <summary>
    /// Waits until every change made so far is durable: for a repeated fact, which must not be confirmed while the
    /// change it made (by a call still writing, or whose write failed) could still be lost.
    /// </summary>
    protected Task Saved() => unsaved || !writing.IsCompleted ? Save() : Task.CompletedTask;

    /// <summary>
    /// Writes the state, one write at a time. Changes made while a write is under way share the next one, so a busy grain
    /// whose calls interleave writes once per batch of them instead of once per call.
    /// </summary>
    protected Task Save()
    {
        unsaved = true;
        if (nextWrite is not null) return nextWrite;
        if (!writing.IsCompleted) return nextWrite = WriteAfter(writing);
        return writing = Write();
    }

    private async Task WriteAfter(Task previous)
    {
        // The earlier write's failure is for its callers; this one holds later changes and is tried anyway.
        await previous.ContinueWith(_ => { }, TaskScheduler.Current);
        writing = nextWrite!;
        nextWrite = null;
        await Write();
    }

    /// <summary>
    /// The state is copied when the write begins, so what changes after that is left for the next write. The deltas it
    /// holds count as durable only once it has succeeded: a send loop under way meanwhile must not take them up, or a
    /// failed write leaves them counted above and their sequence numbers given out again.
    /// </summary>
    private async Task Write()
    {
        var deltas = unsavedDeltas;
        unsaved = false;
        outboxTrimmedSinceWrite = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            unsaved = true;
            throw;
        }
        unsavedDeltas -= deltas;
    }

    /// <summary>Sends the outbox up, unless a send is under way or there is nothing to send.</summary>
    protected void FlushInBackground()
    {
        if (flushing is { IsCompleted: false } || Ledger.Outbox.Count <= unsavedDeltas || Ledger.ParentId == "") return;
        flushing = Flush();
    }

    private async Task Flush()
    {
        try
        {
            await ResolveParent(); // not yet resolved by this activation (ParentCanChange)
        }
        catch (Exception e)
        {
            RetryLater(e);
            return;
        }
        if (Ledger.ParentId!.Length == 0) return;
        var parent = GrainFactory.GetGrain<IAdoptionRollupGrain>(Ledger.ParentId);
        while (Ledger.Outbox.Count > unsavedDeltas)
        {
            // Deltas saved while this waits go in the same batch.
            if (!await pacer.Turn()) return;
            // Nor once the silo stops: the level above may already be gone with nowhere to run, and what waits is durable
            // in the outbox (see OnDeactivateAsync). A send that started just before can still meet that; it is retried.
            if (this.SiloIsStopping()) return;
            var batch = Ledger.Outbox.Take(Ledger.Outbox.Count - unsavedDeltas).ToArray();
            try
            {
                await parent.ApplyBatch(batch);
            }
            catch (Exception e)
            {
                RetryLater(e);
                return;
            }
            // Removal is persisted with the next write; until then a restart resends, and the receiver ignores repeats.
            Ledger.Outbox.RemoveRange(0, batch.Length);
            outboxTrimmedSinceWrite = true;
        }
    }

    private void RetryLater(Exception e)
    {
        logger.LogWarning(e, "Adoption deltas of {Grain} not delivered yet; retrying in {Delay}", Id, RetryAfter);
        retry?.Dispose();
        retry = this.RegisterGrainTimer(() => { FlushInBackground(); return Task.CompletedTask; },
            new GrainTimerCreationOptions(RetryAfter, Timeout.InfiniteTimeSpan));
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // A stopping silo may leave the level above nowhere to run (a single silo), and sending would only log errors: what
        // was held back is durable in the outbox and goes up when this grain next activates. Otherwise it goes up now.
        if (reason.ReasonCode == DeactivationReasonCode.ShuttingDown) pacer.Stop();
        else pacer.Hurry();
        if (flushing is not null) await flushing.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        if (outboxTrimmedSinceWrite || unsaved) await DeactivationWrites.Shared.Run(() => Save().WaitAsync(cancellationToken), cancellationToken);
    }
}
