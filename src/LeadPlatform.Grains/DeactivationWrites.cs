namespace LeadPlatform.Grains;

/// <summary>
/// Bounds how many grains write at deactivation at once. Idle collection deactivates every grain of a collection bucket
/// together: after a bulk import or a busy hour, thousands that each still have a write to make (a delivered outbox to
/// trim). Unbounded, all of their serialised states waited in the store's queue at the same time, survived the young
/// collections and made them long (the slow (d) and (e) runs in docs/PERFORMANCE.md). Bounded, the same writes go
/// through in turn, and requests' own writes meet a short queue.
/// </summary>
public sealed class DeactivationWrites(int maxInFlight)
{
    /// <summary>The process's grains share one bound: a quarter of the SQLite store's largest commit batch.</summary>
    public static DeactivationWrites Shared { get; } = new(64);

    private readonly SemaphoreSlim slots = new(maxInFlight);

    /// <summary>
    /// Runs <paramref name="write"/> once a slot is free. When the deactivation's time runs out first, the write is not
    /// made: what these writes hold is resent by the next activation or still held by its sender (and counted once).
    /// </summary>
    public async Task Run(Func<Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await slots.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            await write();
        }
        finally
        {
            slots.Release();
        }
    }
}
