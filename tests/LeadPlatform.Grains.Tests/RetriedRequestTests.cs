using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.Tests.Privacy;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A client that retries a session start or an interaction with the same idempotency key (after a failure it could not
/// read, or an answer that never came) is answered what the first attempt made, and it is counted once.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class RetriedRequestTests(PrivacyClusterFixture fixture)
{
    private const string Goal = "Plan the handover";

    [Theory]
    [InlineData("manager")]   // the session started and is listed; the manager's record of it was not saved
    [InlineData("session")]   // the employee listed the session; the session itself was not saved
    public async Task A_session_start_that_failed_halfway_and_is_retried_with_its_key_is_one_session_counted_once(string failingState)
    {
        var grains = fixture.Grains;
        var (manager, employee, employeeId) = await ManagerWithEmployee(grains);

        var session = await FailedAttempt.ThenRetried(failingState, () => manager.StartCoachingSession(employeeId, Goal, Language.En, "start-1"));

        Assert.Equal([session.Id], await employee.GetCoachingSessionIds());
        Assert.Equal([session.Id], await manager.GetCoachingSessionIds());
        Assert.Equal([session.Id], (await manager.GetInteractions()).Select(i => i.Id));
        Assert.Equal(1, (await SettledAdoption(grains, manager)).SessionsStarted);
    }

    [Fact]
    public async Task The_same_failure_retried_without_a_key_starts_a_second_session()
    {
        var grains = fixture.Grains;
        var (manager, employee, employeeId) = await ManagerWithEmployee(grains);

        var session = await FailedAttempt.ThenRetried("manager", () => manager.StartCoachingSession(employeeId, Goal, Language.En));

        // What the key is for: the employee has both, the manager the second only, and adoption counts two starts.
        Assert.Equal(2, (await employee.GetCoachingSessionIds()).Length);
        Assert.Equal([session.Id], await manager.GetCoachingSessionIds());
        Assert.Equal(2, (await SettledAdoption(grains, manager, sessions: 2)).SessionsStarted);
    }

    [Fact]
    public async Task A_start_repeated_with_its_key_after_it_succeeded_answers_the_same_session_as_it_is_now()
    {
        var grains = fixture.Grains;
        var (manager, employee, employeeId) = await ManagerWithEmployee(grains);
        var first = await manager.StartCoachingSession(employeeId, Goal, null, "start-1");
        await grains.GetGrain<ICoachingSessionGrain>(first.Id).Advance("Two weeks left");

        var again = await manager.StartCoachingSession(employeeId, Goal, null, "  start-1 ");
        var other = await manager.StartCoachingSession(employeeId, Goal, null, "start-2");

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(GrowStage.Reality, again.Stage);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal([first.Id, other.Id], await employee.GetCoachingSessionIds());
        Assert.Equal([first.Id, other.Id], await manager.GetCoachingSessionIds());
    }

    [Fact]
    public async Task A_key_used_again_for_another_employee_goal_or_language_is_a_conflict_and_changes_nothing()
    {
        var grains = fixture.Grains;
        var (manager, employee, employeeId) = await ManagerWithEmployee(grains);
        var colleagueId = (await grains.GetGrain<ITeamGrain>((await manager.Get())!.TeamId).AddEmployee("Sanne")).Id;
        var session = await manager.StartCoachingSession(employeeId, Goal, Language.En, "start-1");

        foreach (var reuse in new Func<Task>[]
        {
            () => manager.StartCoachingSession(colleagueId, Goal, Language.En, "start-1"),
            () => manager.StartCoachingSession(employeeId, "Another goal", Language.En, "start-1"),
            () => manager.StartCoachingSession(employeeId, Goal, Language.Nl, "start-1"),
        })
            Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(reuse)).Code);

        Assert.Empty(await grains.GetGrain<IEmployeeGrain>(colleagueId).GetCoachingSessionIds());
        Assert.Equal([session.Id], await employee.GetCoachingSessionIds());
        Assert.Equal([session.Id], await manager.GetCoachingSessionIds());
    }

    [Fact]
    public async Task Two_managers_with_the_same_key_start_two_sessions()
    {
        var grains = fixture.Grains;
        var (manager, _, employeeId) = await ManagerWithEmployee(grains);
        var (otherManager, _, otherEmployeeId) = await ManagerWithEmployee(grains);

        var session = await manager.StartCoachingSession(employeeId, Goal, Language.En, "monday");
        var otherSession = await otherManager.StartCoachingSession(otherEmployeeId, Goal, Language.En, "monday");

        Assert.NotEqual(session.Id, otherSession.Id);
        Assert.Equal(otherEmployeeId, otherSession.EmployeeId);
    }

    [Fact]
    public async Task An_interaction_logged_again_with_its_key_is_recorded_once_and_a_failed_one_is_recorded_by_the_retry()
    {
        var grains = fixture.Grains;
        var (manager, _, employeeId) = await ManagerWithEmployee(grains);

        var logged = await manager.LogInteraction(employeeId, Hat.Manager, "Explained the queue", "talk-1");
        var again = await manager.LogInteraction(employeeId, Hat.Manager, "Explained the queue", "talk-1");
        var retried = await FailedAttempt.ThenRetried("manager", () => manager.LogInteraction(employeeId, Hat.Coach, null, "talk-2"));
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => manager.LogInteraction(employeeId, Hat.Coach, "Another note", "talk-2"));

        Assert.Equal(logged, again);
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        Assert.Equal([logged.Id, retried.Id], (await manager.GetInteractions()).Select(i => i.Id));
    }

    [Fact]
    public async Task An_action_whose_manager_ledger_failed_and_is_retried_with_its_key_is_one_action_with_its_nudge()
    {
        var grains = fixture.Grains;
        var (manager, session) = await SessionInWill(grains);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

        // The session saves the action, then the manager's follow-up ledger fails to.
        var action = await FailedAttempt.ThenRetried("manager", () => session.AddAction("Write the macro", due, ActionOwner.Employee, null, "macro"));
        var again = await session.AddAction("Write the macro", due, ActionOwner.Employee, null, "macro");
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => session.AddAction("Write the macro", due.AddDays(1), ActionOwner.Employee, null, "macro"));

        Assert.Equal(action, again);
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        Assert.Equal([action.Id], (await session.Get())!.Actions.Select(a => a.Id));
        // completeAction finds the session in the id, derived or not.
        Assert.Equal(session.GetPrimaryKeyString(), CoachingIds.SessionOfAction(action.Id));
        // The retry gave the manager's ledger the action the failed attempt could not.
        Assert.Equal([action.Id], (await manager.GetNudges()).Select(n => n.Nudge.ActionId).OfType<string>());
    }

    [Fact]
    public async Task An_action_completed_while_the_manager_s_ledger_failed_is_closed_there_by_a_retry()
    {
        var grains = fixture.Grains;
        var (manager, session) = await SessionInWill(grains);
        var action = await session.AddAction("Write the macro", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), ActionOwner.Employee, null);
        Assert.Equal([action.Id], (await manager.GetNudges()).Select(n => n.Nudge.ActionId).OfType<string>()); // due soon

        // The session saves the completion, then the manager's ledger fails to: the retry finds the action done already.
        var done = await FailedAttempt.ThenRetried("manager", () => session.CompleteAction(action.Id));

        Assert.True(done.Completed);
        // Before, a retry answered at once and the ledger kept the action open, nudging about it forever.
        Assert.Empty((await manager.GetNudges()).Select(n => n.Nudge.ActionId).OfType<string>());
    }

    [Fact]
    public async Task A_blank_or_overlong_key_is_refused_before_anything_starts()
    {
        var grains = fixture.Grains;
        var (manager, employee, employeeId) = await ManagerWithEmployee(grains);

        foreach (var key in new[] { " ", new string('k', 101) })
            Assert.Equal(PlatformErrorCode.BadUserInput,
                (await Assert.ThrowsAsync<PlatformException>(() => manager.StartCoachingSession(employeeId, Goal, null, key))).Code);

        Assert.Empty(await employee.GetCoachingSessionIds());
    }

    /// <summary>A session of a new manager with their employee, in WILL (where actions are agreed).</summary>
    private static async Task<(IManagerGrain Manager, ICoachingSessionGrain Session)> SessionInWill(IGrainFactory grains)
    {
        var (manager, _, employeeId) = await ManagerWithEmployee(grains);
        var session = grains.GetGrain<ICoachingSessionGrain>((await manager.StartCoachingSession(employeeId, Goal, Language.En)).Id);
        await session.RecordQuestion("What have you tried so far?");
        await session.Advance(null);
        await session.Advance("Two options");
        await session.Advance(null);
        return (manager, session);
    }

    /// <summary>Takes the test's <paramref name="grains"/>: the principal they carry is set in the test's own flow.</summary>
    private static async Task<(IManagerGrain Manager, IEmployeeGrain Employee, string EmployeeId)> ManagerWithEmployee(IGrainFactory grains)
    {
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        var manager = grains.GetGrain<IManagerGrain>((await team.AddManager("Mila")).Id);
        var employeeId = (await team.AddEmployee("Jan")).Id;
        return (manager, grains.GetGrain<IEmployeeGrain>(employeeId), employeeId);
    }

    /// <summary>The manager's adoption once the expected starts arrived, and a moment more for any that should not come.</summary>
    private static async Task<Domain.Adoption.AdoptionFigures> SettledAdoption(IGrainFactory grains, IManagerGrain manager, int sessions = 1)
    {
        var adoption = grains.GetGrain<IManagerAdoptionGrain>(manager.GetPrimaryKeyString());
        await Eventually.Until(() => adoption.Report(30), f => f.SessionsStarted >= sessions);
        await Task.Delay(300);
        return await adoption.Report(30);
    }
}
