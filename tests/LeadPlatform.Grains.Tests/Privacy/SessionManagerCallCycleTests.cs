using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>
/// A session and its manager call each other: an action goes from the session to the manager's ledger, and a retried
/// session start reads the session from the manager. Neither grain is reentrant, so the two waited for each other until
/// the call timed out (30 s) when they met. Reading a session now interleaves with what the session is doing.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class SessionManagerCallCycleTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task A_retried_session_start_is_answered_while_the_session_is_adding_an_action()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var started = await manager.StartCoachingSession(world.BeginnerId, "Tickets within a day", Language.En, "start-1");
        var session = grains.GetGrain<ICoachingSessionGrain>(started.Id);
        for (var i = 0; i < 3; i++) await session.Advance(null); // to WILL, where actions are agreed

        var released = new TaskCompletionSource();
        var sessionWriting = PrivacyClusterFixture.Faults.HoldNextWrite("session", session.GetGrainId(), released.Task);
        var adding = session.AddAction("Write a macro", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7), ActionOwner.Employee, null);
        await sessionWriting;
        try
        {
            // The client retries the start (its answer was lost) while the session is busy adding the action.
            var retried = await manager.StartCoachingSession(world.BeginnerId, "Tickets within a day", Language.En, "start-1").WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(started.Id, retried.Id);
        }
        finally
        {
            released.SetResult();
        }
        Assert.Equal("Write a macro", (await adding.WaitAsync(TimeSpan.FromSeconds(10))).Description);
    }
}
