using LeadPlatform.Grains.Adoption;
using Microsoft.Extensions.Time.Testing;

namespace LeadPlatform.Grains.Tests;

/// <summary>An adoption grain's sends up: a burst at once, then one per interval; a quiet spell refills the burst.</summary>
public sealed class ForwardPacerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task A_burst_goes_at_once_and_the_send_after_it_waits_one_interval()
    {
        var pacer = new ForwardPacer(Interval, 3, clock);
        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(pacer.Turn().IsCompletedSuccessfully));

        var next = pacer.Turn();
        Assert.False(next.IsCompleted);
        clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(pacer.Turn().IsCompleted);
    }

    [Fact]
    public void A_quiet_spell_refills_the_burst_but_not_beyond_it()
    {
        var pacer = new ForwardPacer(Interval, 2, clock);
        Assert.All(Enumerable.Range(0, 2), _ => Assert.True(pacer.Turn().IsCompletedSuccessfully));
        clock.Advance(Interval * 10);
        Assert.All(Enumerable.Range(0, 2), _ => Assert.True(pacer.Turn().IsCompletedSuccessfully));
        Assert.False(pacer.Turn().IsCompleted);
    }

    [Fact]
    public void A_zero_interval_never_waits()
    {
        var pacer = new ForwardPacer(TimeSpan.Zero, 1, clock);
        Assert.All(Enumerable.Range(0, 5), _ => Assert.True(pacer.Turn().IsCompletedSuccessfully));
    }

    [Fact]
    public async Task Hurrying_releases_a_waiting_send_and_every_later_one()
    {
        var pacer = new ForwardPacer(Interval, 1, clock);
        await pacer.Turn();
        var waiting = pacer.Turn();
        Assert.False(waiting.IsCompleted);

        pacer.Hurry();
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(pacer.Turn() is { IsCompletedSuccessfully: true, Result: true });
    }

    [Fact]
    public async Task Stopping_gives_up_a_waiting_send_and_every_later_one()
    {
        var pacer = new ForwardPacer(Interval, 1, clock);
        Assert.True(await pacer.Turn());
        var waiting = pacer.Turn();
        Assert.False(waiting.IsCompleted);

        pacer.Stop();
        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        clock.Advance(Interval * 10);
        Assert.False(await pacer.Turn());
    }
}
