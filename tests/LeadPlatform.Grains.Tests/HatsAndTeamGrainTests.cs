using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Teams;

namespace LeadPlatform.Grains.Tests;

[Collection(CoachingClusterCollection.Name)]
public sealed class HatsAndTeamGrainTests(CoachingClusterFixture fixture)
{
    [Fact]
    public async Task Each_interaction_is_judged_against_the_style_recommended_at_that_moment()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);

        var directing = await manager.LogInteraction(world.BeginnerId, Hat.Manager, "Showed the ticket flow");
        var delegating = await manager.LogInteraction(world.AchieverId, Hat.Manager, null);
        Assert.Equal(LeadershipStyle.Directing, directing.Interaction.Recommended);
        Assert.True(directing.Interaction.Fits);
        Assert.Equal(LeadershipStyle.Delegating, delegating.Interaction.Recommended);
        Assert.False(delegating.Interaction.Fits);

        var summary = await manager.GetHatSummary();
        Assert.Equal(2, summary.Interactions);
        Assert.Equal(0.5, summary.StyleFitRate);
        Assert.Equal(0.0, summary.CoachHatShare);
        Assert.True(summary.OneSizeFitsAll); // the manager hat for a D1 and a D4 alike
    }

    /// <summary>An employee is assessed per task: the manager hat fits a beginner's task and not an expert's, for one person.</summary>
    [Fact]
    public async Task An_interaction_about_a_task_is_judged_against_that_task_s_assessment()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains); // Jan is a beginner at Tickets (D1, DIRECTING)
        var jan = grains.GetGrain<IEmployeeGrain>(world.BeginnerId);
        CoachingClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await jan.Assess("Customer calls", Competence.High, Commitment.High, Abstractions.Security.TeamGate.AnyTeam); // newest: D4, DELEGATING
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);

        var aboutTickets = await manager.LogInteraction(world.BeginnerId, Hat.Manager, "Showed the ticket flow", task: " tickets ");
        var aboutNothingNamed = await manager.LogInteraction(world.BeginnerId, Hat.Manager, null);
        var aboutSomethingNeverAssessed = await manager.LogInteraction(world.BeginnerId, Hat.Manager, null, task: "Budgets");

        Assert.Equal((LeadershipStyle.Directing, true, "tickets"), (aboutTickets.Interaction.Recommended, aboutTickets.Interaction.Fits, aboutTickets.Task));
        Assert.Equal((LeadershipStyle.Delegating, false, null), (aboutNothingNamed.Interaction.Recommended, aboutNothingNamed.Interaction.Fits, aboutNothingNamed.Task));
        Assert.Equal((null, null), (aboutSomethingNeverAssessed.Interaction.Recommended, aboutSomethingNeverAssessed.Interaction.Fits));
        // A keyed retry naming another task is not the same interaction.
        await manager.LogInteraction(world.BeginnerId, Hat.Coach, null, "talk-1", task: "Tickets");
        Assert.Equal(PlatformErrorCode.Conflict,
            (await Assert.ThrowsAsync<PlatformException>(() => manager.LogInteraction(world.BeginnerId, Hat.Coach, null, "talk-1", task: "Customer calls"))).Code);
    }

    [Fact]
    public async Task A_session_counts_as_a_coach_interaction_and_different_hats_per_report_are_no_one_size_fits_all()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);

        await manager.LogInteraction(world.BeginnerId, Hat.Manager, null);
        await manager.StartCoachingSession(world.AchieverId, "Grow into the team lead role", null);

        var interactions = await manager.GetInteractions();
        Assert.Equal(Hat.Coach, interactions[^1].Interaction.Hat);
        Assert.StartsWith(world.OrganisationId + "/sess-", interactions[^1].Id);
        var summary = await manager.GetHatSummary();
        Assert.Equal(1.0, summary.StyleFitRate);
        Assert.False(summary.OneSizeFitsAll);
    }

    [Fact]
    public async Task A_crisis_changes_the_style_an_interaction_is_judged_against()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        await grains.GetGrain<ITeamGrain>(world.TeamId).SetCrisis(true, "CRM down");

        var inCrisis = await manager.LogInteraction(world.AchieverId, Hat.Manager, "Clear instructions");
        Assert.Equal(LeadershipStyle.Directing, inCrisis.Interaction.Recommended);
        Assert.True(inCrisis.Interaction.Fits);
    }

    /// <summary>A repeat (a client's retry after a member's update failed) must not restart the crisis: "since" says how long it lasts.</summary>
    [Fact]
    public async Task Setting_an_ongoing_crisis_again_keeps_when_it_began_and_takes_the_new_reason()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var team = grains.GetGrain<ITeamGrain>(world.TeamId);
        var began = (await team.SetCrisis(true, "CRM down")).Crisis!.Since;

        CoachingClusterFixture.Clock.Advance(TimeSpan.FromHours(2));
        var again = (await team.SetCrisis(true, "CRM still down")).Crisis!;
        await team.SetCrisis(false, null);
        var next = (await team.SetCrisis(true, "Fire drill")).Crisis!;

        Assert.Equal((began, "CRM still down"), (again.Since, again.Reason));
        Assert.Equal(began + TimeSpan.FromHours(2), next.Since); // a lifted crisis ends: the next one begins anew
    }

    [Fact]
    public async Task Pulse_readings_are_validated_and_kept_as_a_bounded_series()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var team = grains.GetGrain<ITeamGrain>(world.TeamId);

        var refused = await Assert.ThrowsAsync<PlatformException>(() => team.RecordPulse(3, 6));
        Assert.Equal(PlatformErrorCode.BadUserInput, refused.Code);
        Assert.Equal("engagement", refused.Field);
        Assert.Equal("energy", (await Assert.ThrowsAsync<PlatformException>(() => team.RecordPulse(0, 3))).Field);

        for (var i = 0; i < PulseScale.MaxReadings + 5; i++) await team.RecordPulse(i % 5 + 1, 5 - i % 5);
        var pulse = await team.GetPulse();
        Assert.Equal(PulseScale.MaxReadings, pulse.Length);
        Assert.Equal(((PulseScale.MaxReadings + 4) % 5) + 1, pulse[^1].Energy);
    }

    [Fact]
    public async Task A_team_session_collects_ideas_owned_by_team_members_only()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var other = await CoachingWorld.Build(grains);
        var started = await grains.GetGrain<ITeamGrain>(world.TeamId).StartTeamSession("Fewer tickets reopened");
        var session = grains.GetGrain<ITeamSessionGrain>(started.Id);

        await session.AddIdea("Checklist before closing", world.BeginnerId);
        await session.AddIdea("Weekly review of reopened tickets", world.ManagerId);
        var refused = await Assert.ThrowsAsync<PlatformException>(() => session.AddIdea("Outsider idea", other.BeginnerId));
        Assert.Equal("ownerId", refused.Field);

        var info = (await session.Get())!;
        Assert.Equal([world.BeginnerId, world.ManagerId], info.Ideas.Select(i => i.OwnerId));
        Assert.Equal([started.Id], await grains.GetGrain<ITeamGrain>(world.TeamId).GetTeamSessionIds());
    }

    [Fact]
    public async Task Self_and_manager_assessments_stand_side_by_side_per_task()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var employee = grains.GetGrain<IEmployeeGrain>(world.BeginnerId);
        CoachingClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await employee.AssessSelf("tickets", Competence.Some, Commitment.High);
        CoachingClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await employee.AssessSelf("Presenting", Competence.Low, Commitment.Low);

        var comparisons = await employee.GetAssessmentComparisons();
        Assert.Equal(["Presenting", "tickets"], comparisons.Select(c => c.Task));
        var tickets = comparisons[1];
        Assert.Equal(Competence.Low, tickets.ByManager!.Competence);
        Assert.Equal(Competence.Some, tickets.BySelf!.Competence);
        Assert.Null(comparisons[0].ByManager);
        // A self-assessment never changes the recommendation: that follows the manager's assessment.
        Assert.Equal(LeadershipStyle.Directing, (await employee.GetRecommendation("Tickets"))!.Style);
    }
}
