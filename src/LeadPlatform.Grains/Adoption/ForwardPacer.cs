namespace LeadPlatform.Grains.Adoption;

/// <summary>
/// Paces one adoption grain's sends to the level above: a few in a row go at once (<c>burst</c>), after that one per
/// interval, and changes that arrive while a send waits go up with it, in one call and one write above instead of one
/// each. A manager coaching now and then is never held back; under steady load a team, organisation or consultancy
/// writes once per interval per grain below it, not once per change (docs/PERFORMANCE.md, fourteenth round). A token
/// bucket: it holds up to <c>burst</c> sends and refills one per interval. The grain passes the real clock whatever clock
/// dates its counts: this paces load, not the calendar.
/// </summary>
public sealed class ForwardPacer(TimeSpan interval, int burst, TimeProvider clock)
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool stopped;
    private double sends = burst;
    private long refilledAt = clock.GetTimestamp();

    /// <summary>
    /// Completes when the next send may begin (at once while the bucket holds one), and takes it: true to send, false
    /// once <see cref="Stop"/> was called (nothing more is sent).
    /// </summary>
    public async Task<bool> Turn()
    {
        Refill();
        if (sends < 1 && !released.Task.IsCompleted)
        {
            await Task.WhenAny(Task.Delay(interval * (1 - sends), clock), released.Task);
            Refill();
        }
        sends = Math.Max(0, sends - 1);
        return !stopped;
    }

    /// <summary>From now on sends wait no more, a waiting one included: the grain is deactivating and should not hold it up.</summary>
    public void Hurry() => released.TrySetResult();

    /// <summary>From now on nothing is sent, and a waiting send gives up: the silo is stopping (what was held back stays in the outbox).</summary>
    public void Stop()
    {
        stopped = true;
        released.TrySetResult();
    }

    private void Refill()
    {
        var now = clock.GetTimestamp();
        sends = interval <= TimeSpan.Zero ? burst : Math.Min(burst, sends + clock.GetElapsedTime(refilledAt, now) / interval);
        refilledAt = now;
    }
}
