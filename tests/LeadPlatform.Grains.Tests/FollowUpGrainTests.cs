using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Coaching.FollowUp;
using LeadPlatform.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Grains.Tests;

/// <summary>Nudges from the follow-up ledger, moved by the fake clock; no test sleeps.</summary>
[Collection(CoachingClusterCollection.Name)]
public sealed class FollowUpGrainTests(CoachingClusterFixture fixture)
{
    [Fact]
    public async Task An_action_nudges_when_due_soon_and_when_overdue_and_stops_once_completed()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var session = await SessionInWill(grains, world);
        var action = await session.AddAction("Sjablonen maken", fixture.Today.AddDays(5), ActionOwner.Employee, null);
        Assert.Empty(await manager.GetNudges());

        CoachingClusterFixture.Clock.Advance(TimeSpan.FromDays(4));
        var dueSoon = Assert.Single(await manager.GetNudges());
        Assert.Equal(NudgeKind.ActionDueSoon, dueSoon.Nudge.Kind);
        Assert.Equal(action.Id, dueSoon.Nudge.ActionId);

        CoachingClusterFixture.Clock.Advance(TimeSpan.FromDays(3));
        var overdue = Assert.Single(await manager.GetNudges());
        Assert.Equal(NudgeKind.ActionOverdue, overdue.Nudge.Kind);
        Assert.Contains("Sjablonen maken", overdue.Nudge.Message);

        await session.CompleteAction(action.Id);
        Assert.Empty(await manager.GetNudges());
    }

    [Fact]
    public async Task Fourteen_days_without_a_coaching_conversation_nudge_the_manager()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);

        CoachingClusterFixture.Clock.Advance(TimeSpan.FromDays(NudgeRules.CoachingGapDays));
        Assert.Equal(NudgeKind.NoRecentCoaching, Assert.Single(await manager.GetNudges()).Nudge.Kind);

        await manager.LogInteraction(world.AchieverId, Domain.Leadership.Hat.Coach, "Check-in on the release");
        Assert.Empty(await manager.GetNudges());
    }

    [Fact]
    public async Task The_follow_up_reminder_is_registered_and_a_tick_raises_the_standing_nudges()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);

        var table = Reminders;
        var reminder = await table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder);
        Assert.NotNull(reminder);
        Assert.Equal(ManagerGrain.FollowUpPeriod, reminder.Period);

        CoachingClusterFixture.Clock.Advance(TimeSpan.FromDays(NudgeRules.CoachingGapDays + 1));
        var tickAt = CoachingClusterFixture.Clock.GetUtcNow();
        await manager.AsReference<IRemindable>().ReceiveReminder(ManagerGrain.FollowUpReminder, new TickStatus(tickAt.UtcDateTime, ManagerGrain.FollowUpPeriod, tickAt.UtcDateTime));
        CoachingClusterFixture.Clock.Advance(TimeSpan.FromMinutes(30));

        var nudge = Assert.Single(await manager.GetNudges());
        Assert.Equal(tickAt, nudge.RaisedAt); // raised by the tick, not by this read
    }

    [Fact]
    public async Task A_manager_whose_follow_up_reminder_went_missing_gets_it_back_when_next_woken()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var table = Reminders;
        var registered = await table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder);
        Assert.NotNull(registered);
        Assert.True(await table.RemoveRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder, registered.ETag!));

        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Empty(await manager.GetNudges()); // wakes the manager, which checks its reminder after answering

        var back = await Eventually.Until(() => table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder), row => row is not null);
        Assert.NotNull(back);
        Assert.Equal(ManagerGrain.FollowUpPeriod, back.Period);
    }

    private IReminderTable Reminders => fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IReminderTable>();

    private static async Task<ICoachingSessionGrain> SessionInWill(IGrainFactory grains, CoachingWorld world)
    {
        var started = await grains.GetGrain<IManagerGrain>(world.ManagerId).StartCoachingSession(world.BeginnerId, "Sneller tickets afhandelen", null);
        var session = grains.GetGrain<ICoachingSessionGrain>(started.Id);
        for (var i = 0; i < 3; i++) await session.Advance(null);
        return session;
    }
}
