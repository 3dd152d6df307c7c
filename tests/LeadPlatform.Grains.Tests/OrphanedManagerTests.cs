using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A manager saved by an <c>addManager</c> whose team then failed to save is named by no team, so no list, export or
/// erasure reaches its name. At its first reminder it removes its record and its reminder; a manager its team names
/// stays. The orphan is made here as the failure leaves it: created, and never listed by the team.
/// </summary>
public sealed class OrphanedManagerTests(ReminderOutageTests.Fixture fixture) : IClassFixture<ReminderOutageTests.Fixture>
{
    [Fact]
    public async Task A_manager_its_team_does_not_name_removes_its_record_and_its_reminder_at_its_first_reminder()
    {
        var grains = fixture.Grains;
        var (organisation, team) = await NewStructure.OrganisationWithTeam(grains);
        var orphan = grains.GetGrain<IManagerGrain>(NewManagerId(organisation.GetPrimaryKeyString()));
        await orphan.Create("Olga Orphaned", team.GetPrimaryKeyString());
        var listed = grains.GetGrain<IManagerGrain>((await team.AddManager("Noor")).Id);
        Assert.NotNull(await Reminder(orphan, row => row is not null));

        await Tick(orphan);
        await Tick(listed);

        Assert.Null(await orphan.Get());
        Assert.Null(await Reminder(orphan, row => row is null));
        Assert.Equal("Noor", (await listed.Get())?.Name);
        Assert.NotNull(await fixture.Table.ReadRow(listed.GetGrainId(), ManagerGrain.FollowUpReminder));
    }

    [Fact]
    public async Task A_manager_its_team_does_not_name_but_who_has_talked_with_an_employee_stays()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains); // the team is led by Mila
        var unnamed = grains.GetGrain<IManagerGrain>(NewManagerId(world.OrganisationId));
        await unnamed.Create("Unnamed Uma", world.TeamId);
        await unnamed.LogInteraction(world.BeginnerId, Hat.Coach, note: null);

        await Tick(unnamed);

        Assert.Equal("Unnamed Uma", (await unnamed.Get())?.Name);
        Assert.Single(await unnamed.GetInteractions());
    }

    private static string NewManagerId(string organisationId) => new TenantKey(organisationId, EntityId.New(EntityKinds.Manager)).ToString();

    private static Task Tick(IManagerGrain manager)
    {
        var now = DateTime.UtcNow;
        return manager.AsReference<IRemindable>().ReceiveReminder(ManagerGrain.FollowUpReminder, new TickStatus(now, ManagerGrain.FollowUpPeriod, now));
    }

    private Task<Orleans.ReminderEntry?> Reminder(IManagerGrain manager, Func<Orleans.ReminderEntry?, bool> until) =>
        Eventually.Until(() => fixture.Table.ReadRow(manager.GetGrainId(), ManagerGrain.FollowUpReminder), until);
}
