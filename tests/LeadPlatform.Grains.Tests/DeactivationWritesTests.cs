namespace LeadPlatform.Grains.Tests;

public sealed class DeactivationWritesTests
{
    [Fact]
    public async Task Writes_beyond_the_bound_wait_their_turn_and_every_one_is_made()
    {
        var writes = new DeactivationWrites(3);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int running = 0, peak = 0, made = 0;
        async Task Write()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await release.Task;
            Interlocked.Decrement(ref running);
            Interlocked.Increment(ref made);
        }

        var all = Enumerable.Range(0, 10).Select(_ => writes.Run(Write, CancellationToken.None)).ToArray();
        await Eventually.Until(() => Task.FromResult(Volatile.Read(ref running)), count => count == 3);
        Assert.Equal(3, Volatile.Read(ref peak));
        Assert.Equal(0, Volatile.Read(ref made));

        release.SetResult();
        await Task.WhenAll(all);
        Assert.Equal(10, made);
        Assert.Equal(3, peak);
    }

    [Fact]
    public async Task A_deactivation_whose_time_runs_out_while_waiting_skips_its_write()
    {
        var writes = new DeactivationWrites(1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = writes.Run(() => release.Task, CancellationToken.None);
        using var timeUp = new CancellationTokenSource();
        var skippedWriteRan = false;

        var waiting = writes.Run(() => { skippedWriteRan = true; return Task.CompletedTask; }, timeUp.Token);
        Assert.False(waiting.IsCompleted);
        await timeUp.CancelAsync();
        await waiting;

        Assert.False(skippedWriteRan);
        release.SetResult();
        await first;
        // The slot the skipped write never took is not lost: the next write runs.
        var nextRan = false;
        await writes.Run(() => { nextRan = true; return Task.CompletedTask; }, CancellationToken.None);
        Assert.True(nextRan);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
