using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>
/// Moving Jan (of <see cref="ErasureWorld"/>, in Support under Mila) to Billing under Piet: who reaches him after, where
/// his adoption counts go, what a failure halfway leaves and what a later GDPR export and erasure find.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class EmployeeMoveTests(PrivacyClusterFixture fixture)
{
    private sealed record Moved(ErasureWorld World, string BillingId, string PietId);

    private async Task<Moved> WorldWithBilling()
    {
        var world = await ErasureWorld.Build(fixture.Grains);
        var billingId = (await Organisation(world).AddTeam("Billing")).Id;
        var pietId = (await fixture.Grains.GetGrain<ITeamGrain>(billingId).AddManager("Piet")).Id;
        return new Moved(world, billingId, pietId);
    }

    private IOrganisationGrain Organisation(ErasureWorld world) => fixture.Grains.GetGrain<IOrganisationGrain>(world.OrganisationId);

    private IEmployeeGrain Jan(ErasureWorld world) => fixture.Grains.GetGrain<IEmployeeGrain>(world.EmployeeId);

    private async Task<string[]> Members(string teamId) => (await fixture.Grains.GetGrain<ITeamGrain>(teamId).Get())!.EmployeeIds;

    [Fact]
    public async Task A_moved_employee_is_led_by_the_new_teams_manager_and_the_former_one_no_longer_reaches_him()
    {
        var (world, billingId, pietId) = await WorldWithBilling();
        var grains = fixture.Grains;

        var moved = await Organisation(world).MoveEmployee(world.EmployeeId, billingId);

        Assert.Equal(billingId, moved.TeamId);
        Assert.Equal([world.ColleagueId], await Members(world.TeamId));
        Assert.Equal([world.EmployeeId], await Members(billingId));
        Assert.Null(await Jan(world).GetUnfinishedMove());
        // Mila can neither assess him nor log a talk with him; Piet can do both, and coach him.
        await AssertRefused(PlatformErrorCode.Forbidden, () => Jan(world).Assess("Tickets", Competence.High, Commitment.High, TeamGate.Only(world.TeamId)));
        await AssertRefused(PlatformErrorCode.Forbidden, () => grains.GetGrain<IManagerGrain>(world.ManagerId).LogInteraction(world.EmployeeId, Hat.Coach, null));
        await Jan(world).Assess("Tickets", Competence.High, Commitment.High, TeamGate.Only(billingId));
        await grains.GetGrain<IManagerGrain>(pietId).LogInteraction(world.EmployeeId, Hat.Coach, "First talk");
        Assert.Equal(world.EmployeeId, (await grains.GetGrain<IManagerGrain>(pietId).StartCoachingSession(world.EmployeeId, "Learn the billing run", Language.En)).EmployeeId);
        // His assessments went with him; the session he held with Mila stays theirs.
        Assert.Contains(await Jan(world).GetAssessments(), a => a.Task == "Planning");
        Assert.Equal(world.ManagerId, (await grains.GetGrain<ICoachingSessionGrain>(world.SessionId).Get())?.ManagerId);
        // The team he left answers for him no more, so readers go to Jan, who names Billing.
        Assert.Null(await grains.GetGrain<ITeamGrain>(world.TeamId).GetMemberWithRecommendation(world.EmployeeId, "Tickets"));
        Assert.Equal(billingId, (await grains.GetGrain<ITeamGrain>(billingId).GetMemberWithRecommendation(world.EmployeeId, "Tickets"))?.Employee.TeamId);

        // Moving him where he is changes nothing.
        Assert.Equal(billingId, (await Organisation(world).MoveEmployee(world.EmployeeId, billingId)).TeamId);
        Assert.Equal([world.EmployeeId], await Members(billingId));
    }

    [Fact]
    public async Task The_team_he_left_never_answers_for_him_from_a_copy_made_before_the_move()
    {
        var (world, billingId, _) = await WorldWithBilling();
        var support = fixture.Grains.GetGrain<ITeamGrain>(world.TeamId);
        // Support holds a copy of Jan's advice, as after any read of the team.
        Assert.Equal(world.TeamId, (await support.GetMemberWithRecommendation(world.EmployeeId, "Tickets"))?.Employee.TeamId);
        var release = new TaskCompletionSource();
        var held = PrivacyClusterFixture.Faults.HoldNextWrite("team", fixture.Grains.GetGrain<ITeamGrain>(billingId).GetGrainId(), release.Task);

        var move = Organisation(world).MoveEmployee(world.EmployeeId, billingId);
        await held;
        // Jan belongs to Billing and Support still lists him: what it answers comes from Jan, naming Billing.
        Assert.Equal(billingId, (await support.GetMemberWithRecommendation(world.EmployeeId, "Tickets"))?.Employee.TeamId);
        release.SetResult();
        await move;

        Assert.Equal([world.ColleagueId], (await support.GetMembersWithRecommendation("Tickets")).Select(m => m.Employee.Id));
    }

    [Fact]
    public async Task Until_an_unfinished_move_is_finished_the_team_he_left_answers_his_newest_advice()
    {
        var (world, billingId, _) = await WorldWithBilling();
        var support = fixture.Grains.GetGrain<ITeamGrain>(world.TeamId);
        _ = PrivacyClusterFixture.Faults.HoldNextWrite("team", support.GetGrainId(), Task.CompletedTask, fail: true);
        await Assert.ThrowsAnyAsync<Exception>(() => Organisation(world).MoveEmployee(world.EmployeeId, billingId));
        // Support still lists him and makes a copy of his advice at a read.
        Assert.Equal(LeadershipStyle.Coaching, (await support.GetMemberWithRecommendation(world.EmployeeId, "Tickets"))?.Advice?.Style);

        await Jan(world).Assess("Tickets", Competence.High, Commitment.High, TeamGate.Only(billingId));

        Assert.Equal(LeadershipStyle.Delegating, (await support.GetMemberWithRecommendation(world.EmployeeId, "Tickets"))?.Advice?.Style);
        await FinishTheMove(world, billingId);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task He_takes_the_crisis_of_the_team_he_joins(bool supportInCrisis, bool billingInCrisis)
    {
        var (world, billingId, _) = await WorldWithBilling();
        await fixture.Grains.GetGrain<ITeamGrain>(world.TeamId).SetCrisis(supportInCrisis, "Outage");
        await fixture.Grains.GetGrain<ITeamGrain>(billingId).SetCrisis(billingInCrisis, "Audit");

        await Organisation(world).MoveEmployee(world.EmployeeId, billingId);

        // "Tickets" was last assessed SOME/LOW: S2 coaching, unless the team is in crisis.
        Assert.Equal(billingInCrisis ? LeadershipStyle.Directing : LeadershipStyle.Coaching, (await Jan(world).GetAdvice("Tickets"))?.Style);
    }

    [Fact]
    public async Task Adoption_counted_before_the_move_stays_with_the_former_manager_also_when_its_delivery_failed_at_first()
    {
        var (world, billingId, pietId) = await WorldWithBilling();
        var grains = fixture.Grains;
        var mila = grains.GetGrain<IManagerAdoptionGrain>(world.ManagerId);
        var piet = grains.GetGrain<IManagerAdoptionGrain>(pietId);
        var assessedInSupport = EmployeeGrain.HistoryLayout.PageSize + 2;
        // Every fact of the world has reached Mila's counts first.
        await Eventually.Until(() => mila.Report(30), f => f.Managers == 1 && f.SessionsStarted == 1 && f.QuestionsAsked == 1
            && f.Interactions == 3 && f.ActionsCreated == 1 && f.DevelopmentLevels.Values.Sum() == assessedInSupport);

        // One more assessment in Support while Mila's counts cannot be written: its fact is owed when the move comes.
        var restored = new TaskCompletionSource();
        PrivacyClusterFixture.Faults.FailWritesUntil("adoption", mila.GetGrainId(), restored.Task);
        await Jan(world).Assess("Billing run", Competence.Low, Commitment.High, TeamGate.Only(world.TeamId));
        var move = Organisation(world).MoveEmployee(world.EmployeeId, billingId);

        // The move waited for the owed fact, could not hand it on, and changed nothing.
        await AssertRefused(PlatformErrorCode.Unavailable, () => move);
        Assert.Equal(world.TeamId, (await Jan(world).Get())?.TeamId);
        Assert.Null(await Jan(world).GetUnfinishedMove());

        restored.SetResult();
        // Once they can, the retry hands it to Mila first and moves him; what he is assessed on in Billing counts for Piet, and nothing else does.
        await Organisation(world).MoveEmployee(world.EmployeeId, billingId);
        await Jan(world).Assess("Billing run", Competence.Some, Commitment.High, TeamGate.Only(billingId));

        await Eventually.Until(() => piet.Report(30), f => f.DevelopmentLevels.Values.Sum() > 0);
        Assert.Equal(assessedInSupport + 1, (await mila.Report(30)).DevelopmentLevels.Values.Sum());
        Assert.Equal(1, (await piet.Report(30)).DevelopmentLevels.Values.Sum());
    }

    [Theory]
    [InlineData(false)] // the new team could not list him
    [InlineData(true)]  // the team he left could not unlist him
    public async Task A_move_that_failed_halfway_is_finished_by_the_retry_and_he_belongs_to_the_new_team_meanwhile(bool failAtTeamLeft)
    {
        var (world, billingId, _) = await WorldWithBilling();
        var grains = fixture.Grains;
        var failingTeam = grains.GetGrain<ITeamGrain>(failAtTeamLeft ? world.TeamId : billingId).GetGrainId();
        _ = PrivacyClusterFixture.Faults.HoldNextWrite("team", failingTeam, Task.CompletedTask, fail: true);

        await Assert.ThrowsAnyAsync<Exception>(() => Organisation(world).MoveEmployee(world.EmployeeId, billingId));

        Assert.Equal(new EmployeeMove(world.EmployeeId, world.TeamId, billingId), await Jan(world).GetUnfinishedMove());
        Assert.Equal(billingId, (await Jan(world).Get())?.TeamId);
        await AssertRefused(PlatformErrorCode.Forbidden, () => grains.GetGrain<IManagerGrain>(world.ManagerId).LogInteraction(world.EmployeeId, Hat.Coach, null));

        // The same move again finishes it first, and answers it.
        await Organisation(world).MoveEmployee(world.EmployeeId, billingId);

        Assert.Null(await Jan(world).GetUnfinishedMove());
        Assert.Equal([world.ColleagueId], await Members(world.TeamId));
        Assert.Equal([world.EmployeeId], await Members(billingId));
    }

    [Fact]
    public async Task A_move_that_failed_halfway_is_finished_before_the_next_one_goes_elsewhere()
    {
        var (world, billingId, _) = await WorldWithBilling();
        var salesId = (await Organisation(world).AddTeam("Sales")).Id;
        _ = PrivacyClusterFixture.Faults.HoldNextWrite("team", fixture.Grains.GetGrain<ITeamGrain>(world.TeamId).GetGrainId(), Task.CompletedTask, fail: true);
        await Assert.ThrowsAnyAsync<Exception>(() => Organisation(world).MoveEmployee(world.EmployeeId, billingId));

        await Organisation(world).MoveEmployee(world.EmployeeId, salesId);

        Assert.Equal([world.ColleagueId], await Members(world.TeamId));
        Assert.Empty(await Members(billingId));
        Assert.Equal([world.EmployeeId], await Members(salesId));
        Assert.Equal(salesId, (await Jan(world).Get())?.TeamId);
    }

    [Fact]
    public async Task The_export_after_a_move_shows_what_both_managers_and_both_teams_hold_and_the_erasure_leaves_nothing_at_either()
    {
        var (world, billingId, pietId) = await WorldWithBilling();
        var grains = fixture.Grains;
        await Organisation(world).MoveEmployee(world.EmployeeId, billingId);
        await grains.GetGrain<IManagerGrain>(pietId).LogInteraction(world.EmployeeId, Hat.Coach, "First talk in Billing");
        var privacy = grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId);

        var export = await privacy.Export();

        Assert.Equal("Billing", export.Team?.Name);
        Assert.Equal(pietId, export.ManagerId);
        Assert.Equal([world.TeamId], export.Employee.FormerTeamIds);
        // Mila's two (the session and her note) and Piet's one; the idea he gave in Support.
        Assert.Equal(3, export.Interactions.Length);
        var byManager = export.Interactions.Select((logged, i) => (export.ManagerOfInteraction(i), logged.Note)).ToArray();
        Assert.Contains((world.ManagerId, ErasureWorld.InteractionNote), byManager);
        Assert.Contains((pietId, "First talk in Billing"), byManager);
        Assert.Equal(ErasureWorld.Idea, Assert.Single(export.TeamIdeas).Idea.Text);

        await privacy.Erase();

        Assert.Null(await Jan(world).Get());
        Assert.Equal([world.ColleagueId], await Members(world.TeamId));
        Assert.Empty(await Members(billingId));
        Assert.DoesNotContain(await grains.GetGrain<IManagerGrain>(world.ManagerId).GetInteractions(), i => i.Interaction.EmployeeId == world.EmployeeId);
        Assert.DoesNotContain(await grains.GetGrain<IManagerGrain>(pietId).GetInteractions(), i => i.Interaction.EmployeeId == world.EmployeeId);
        Assert.DoesNotContain((await grains.GetGrain<ITeamSessionGrain>(world.TeamSessionId).Get())!.Ideas, idea => idea.OwnerId == world.EmployeeId);
        Assert.Null(await grains.GetGrain<ICoachingSessionGrain>(world.SessionId).Get());
    }

    [Fact]
    public async Task An_erasure_during_an_unfinished_move_unlists_him_from_both_teams()
    {
        var (world, billingId, _) = await WorldWithBilling();
        _ = PrivacyClusterFixture.Faults.HoldNextWrite("team", fixture.Grains.GetGrain<ITeamGrain>(world.TeamId).GetGrainId(), Task.CompletedTask, fail: true);
        await Assert.ThrowsAnyAsync<Exception>(() => Organisation(world).MoveEmployee(world.EmployeeId, billingId));
        Assert.Contains(world.EmployeeId, await Members(world.TeamId));

        await fixture.Grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId).Erase();

        Assert.Equal([world.ColleagueId], await Members(world.TeamId));
        Assert.Empty(await Members(billingId));
        // Both teams read whole again: no member they list is missing.
        Assert.Single(await fixture.Grains.GetGrain<ITeamGrain>(world.TeamId).GetMembersWithRecommendation("Tickets"));
        Assert.Empty(await fixture.Grains.GetGrain<ITeamGrain>(billingId).GetMembersWithRecommendation("Tickets"));
    }

    [Fact]
    public async Task A_move_names_only_the_organisations_own_team_and_employee_and_not_once_it_is_archived()
    {
        var (world, billingId, _) = await WorldWithBilling();
        var grains = fixture.Grains;
        var other = await NewStructure.OrganisationWithTeam(grains);
        var otherTeamId = (await other.Team.Get())!.Id;
        var otherEmployeeId = (await other.Team.AddEmployee("Eva")).Id;

        await AssertRefused(PlatformErrorCode.NotFound, () => Organisation(world).MoveEmployee(world.EmployeeId, otherTeamId));
        await AssertRefused(PlatformErrorCode.NotFound, () => Organisation(world).MoveEmployee(otherEmployeeId, billingId));
        await AssertRefused(PlatformErrorCode.NotFound, () => Organisation(world).MoveEmployee($"{world.OrganisationId}/{EntityId.New("emp")}", billingId));
        Assert.Equal(world.TeamId, (await Jan(world).Get())?.TeamId);
        Assert.Equal(otherTeamId, (await grains.GetGrain<IEmployeeGrain>(otherEmployeeId).Get())?.TeamId);

        await Organisation(world).Archive();
        await AssertRefused(PlatformErrorCode.Conflict, () => Organisation(world).MoveEmployee(world.EmployeeId, billingId));
        Assert.Equal([world.EmployeeId, world.ColleagueId], await Members(world.TeamId));
    }

    [Fact]
    public async Task The_team_he_is_leaving_no_longer_sets_his_crisis()
    {
        var (world, billingId, _) = await WorldWithBilling();
        var support = fixture.Grains.GetGrain<ITeamGrain>(world.TeamId);
        _ = PrivacyClusterFixture.Faults.HoldNextWrite("team", support.GetGrainId(), Task.CompletedTask, fail: true);
        await Assert.ThrowsAnyAsync<Exception>(() => Organisation(world).MoveEmployee(world.EmployeeId, billingId));
        Assert.Contains(world.EmployeeId, await Members(world.TeamId));

        // Support, which still lists him, starts a crisis: not his, so his advice stays S2 coaching.
        await support.SetCrisis(true, "Outage");
        Assert.Equal(LeadershipStyle.Coaching, (await Jan(world).GetAdvice("Tickets"))?.Style);
        // Billing's crisis is his.
        await fixture.Grains.GetGrain<ITeamGrain>(billingId).SetCrisis(true, "Audit");
        Assert.Equal(LeadershipStyle.Directing, (await Jan(world).GetAdvice("Tickets"))?.Style);
        await FinishTheMove(world, billingId);
    }

    [Fact]
    public async Task A_move_nobody_retries_is_finished_by_the_employee_asking_its_organisation()
    {
        var (world, billingId, _) = await WorldWithBilling();
        _ = PrivacyClusterFixture.Faults.HoldNextWrite("team", fixture.Grains.GetGrain<ITeamGrain>(billingId).GetGrainId(), Task.CompletedTask, fail: true);
        await Assert.ThrowsAnyAsync<Exception>(() => Organisation(world).MoveEmployee(world.EmployeeId, billingId));

        var finished = await Eventually.Until(() => Jan(world).GetUnfinishedMove(), move => move is null,
            timeoutMs: (int)(EmployeeGrain.FinishMoveDue + EmployeeGrain.FinishMovePeriod).TotalMilliseconds);

        Assert.Null(finished);
        Assert.Equal([world.ColleagueId], await Members(world.TeamId));
        Assert.Equal([world.EmployeeId], await Members(billingId));
    }

    [Fact]
    public async Task A_retry_after_the_archiving_finishes_the_move_it_began_and_answers_it()
    {
        var (world, billingId, _) = await WorldWithBilling();
        _ = PrivacyClusterFixture.Faults.HoldNextWrite("team", fixture.Grains.GetGrain<ITeamGrain>(world.TeamId).GetGrainId(), Task.CompletedTask, fail: true);
        await Assert.ThrowsAnyAsync<Exception>(() => Organisation(world).MoveEmployee(world.EmployeeId, billingId));
        await Organisation(world).Archive();

        Assert.Equal(billingId, (await Organisation(world).MoveEmployee(world.EmployeeId, billingId)).TeamId);

        Assert.Equal([world.ColleagueId], await Members(world.TeamId));
        Assert.Equal([world.EmployeeId], await Members(billingId));
        // Anything further is refused: the structure is frozen.
        await AssertRefused(PlatformErrorCode.Conflict, () => Organisation(world).MoveEmployee(world.EmployeeId, world.TeamId));
    }

    [Fact]
    public async Task A_team_does_not_list_a_moved_employee_an_erasure_has_removed_meanwhile()
    {
        var (world, billingId, _) = await WorldWithBilling();
        var billing = fixture.Grains.GetGrain<ITeamGrain>(billingId);
        // The erasure's step at the new team came before the move's: the team remembers the id as erased.
        await billing.RemoveEmployee(world.EmployeeId);

        await billing.AdmitMovedEmployee(world.EmployeeId);

        Assert.Empty(await Members(billingId));
    }

    /// <summary>
    /// Ends a test that left a move unfinished: its reminder would otherwise finish it later, while another test of the
    /// collection may be waiting for a write of its own to fail.
    /// </summary>
    private Task FinishTheMove(ErasureWorld world, string toTeamId) => Organisation(world).MoveEmployee(world.EmployeeId, toTeamId);

    private static async Task AssertRefused(PlatformErrorCode code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<PlatformException>(call)).Code);
}
