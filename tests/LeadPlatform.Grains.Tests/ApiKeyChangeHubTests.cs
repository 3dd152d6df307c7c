using LeadPlatform.Abstractions.Grains;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// The hub that keeps the gateways' API-key caches sound, on the fake clock (lease: the default 5 s). Each test uses
/// its own hub key, so it starts with a fresh activation and no leaseholders.
/// </summary>
[Collection(CoachingClusterCollection.Name)]
public sealed class ApiKeyChangeHubTests(CoachingClusterFixture fixture)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_change_reaches_every_leaseholder_and_returns_once_they_confirmed()
    {
        var (hub, client) = await FreshHubPastItsStart();
        var first = new RecordingGateway();
        var second = new RecordingGateway();
        await hub.Renew(client.CreateObjectReference<IApiKeyChangeObserver>(first));
        await hub.Renew(client.CreateObjectReference<IApiKeyChangeObserver>(second));

        await hub.KeyChanged("key-a").WaitAsync(TimeSpan.FromSeconds(10)); // no clock move: the confirmations end it

        Assert.Equal(["key-a"], first.Dropped);
        Assert.Equal(["key-a"], second.Dropped);
    }

    [Fact]
    public async Task A_silent_leaseholder_holds_a_change_up_until_its_lease_ran_out_and_then_starts_again_empty()
    {
        var (hub, client) = await FreshHubPastItsStart();
        var silent = new SilentGateway();
        var reference = client.CreateObjectReference<IApiKeyChangeObserver>(silent);
        Assert.True((await hub.Renew(reference)).ClearFirst); // new: the hub cannot vouch for its cache

        var change = hub.KeyChanged("key-b");
        await silent.Reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        CoachingClusterFixture.Clock.Advance(Lease - TimeSpan.FromMilliseconds(100));
        await Task.Delay(200);
        Assert.False(change.IsCompleted, "the change returned while the silent gateway's lease was still valid");

        CoachingClusterFixture.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await change.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True((await hub.Renew(reference)).ClearFirst); // it missed a notice: its cache must go
    }

    [Fact]
    public async Task A_renewal_while_a_notice_is_unconfirmed_empties_the_cache()
    {
        var (hub, client) = await FreshHubPastItsStart();
        var silent = new SilentGateway();
        var reference = client.CreateObjectReference<IApiKeyChangeObserver>(silent);
        await hub.Renew(reference);

        var change = hub.KeyChanged("key-c");
        await silent.Reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True((await hub.Renew(reference)).ClearFirst);

        CoachingClusterFixture.Clock.Advance(Lease);
        await change.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_lease_renewed_in_time_keeps_the_cache_and_a_lapsed_one_empties_it()
    {
        var (hub, client) = await FreshHubPastItsStart();
        var reference = client.CreateObjectReference<IApiKeyChangeObserver>(new RecordingGateway());
        var first = await hub.Renew(reference);
        Assert.Equal(Lease, first.Duration);

        CoachingClusterFixture.Clock.Advance(Lease / 2);
        Assert.False((await hub.Renew(reference)).ClearFirst);

        CoachingClusterFixture.Clock.Advance(Lease);
        Assert.True((await hub.Renew(reference)).ClearFirst); // lapsed: a notice may have gone past it unseen
    }

    [Fact]
    public async Task A_new_hub_lets_changes_wait_until_leases_of_an_earlier_activation_ran_out()
    {
        var hub = fixture.Grains.GetGrain<IApiKeyChangeHubGrain>($"hub-{Guid.NewGuid():N}");
        // Activated before the change, so its start is on the fake clock before it moves: no leaseholders known then, but an
        // earlier activation may have had some. A lease taken now does not shorten that wait.
        await hub.Renew(fixture.Grains.CreateObjectReference<IApiKeyChangeObserver>(new RecordingGateway()));
        var change = hub.KeyChanged("key-d");
        await Task.Delay(200);
        Assert.False(change.IsCompleted, "a new hub returned a change before earlier leases could have run out");

        CoachingClusterFixture.Clock.Advance(Lease);
        await change.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private async Task<(IApiKeyChangeHubGrain Hub, IGrainFactory Client)> FreshHubPastItsStart()
    {
        var grains = fixture.Grains;
        var hub = grains.GetGrain<IApiKeyChangeHubGrain>($"hub-{Guid.NewGuid():N}");
        await hub.Renew(grains.CreateObjectReference<IApiKeyChangeObserver>(new RecordingGateway())); // activates it
        CoachingClusterFixture.Clock.Advance(Lease); // past the wait for an earlier activation's leases (and this lease)
        return (hub, grains);
    }

    private sealed class RecordingGateway : IApiKeyChangeObserver
    {
        public List<string> Dropped { get; } = [];

        public Task KeyChanged(string keyId)
        {
            lock (Dropped) Dropped.Add(keyId);
            return Task.CompletedTask;
        }
    }

    /// <summary>A gateway that receives notices but never confirms them (hung, or cut off after receiving).</summary>
    private sealed class SilentGateway : IApiKeyChangeObserver
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task KeyChanged(string keyId)
        {
            Reached.TrySetResult();
            return new TaskCompletionSource().Task;
        }
    }
}
