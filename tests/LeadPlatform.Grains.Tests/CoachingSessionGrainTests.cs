using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Coaching.Feedback;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests;

[Collection(CoachingClusterCollection.Name)]
public sealed class CoachingSessionGrainTests(CoachingClusterFixture fixture)
{
    [Fact]
    public async Task A_session_walks_GOAL_REALITY_OPTIONS_WILL_to_completed_with_notes_per_stage()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);

        var started = await manager.StartCoachingSession(world.BeginnerId, "Ik wil de tickets binnen een dag afhandelen.", null);
        Assert.StartsWith(world.OrganisationId + "/sess-", started.Id);
        Assert.Equal(GrowStage.Goal, started.Stage);
        Assert.Equal(Language.Nl, started.Language);
        var session = grains.GetGrain<ICoachingSessionGrain>(started.Id);

        Assert.Equal(QuestionKind.Open, (await session.RecordQuestion("Wat wil je bereiken?")).Kind);
        await session.Advance("Doel: tickets binnen een dag.");
        Assert.Equal(QuestionKind.Closed, (await session.RecordQuestion("Heb je het al geprobeerd?")).Kind);
        await session.Advance("Nu drie dagen doorlooptijd.");
        await session.Advance("- Ochtendblok voor tickets\n- Sjablonen voor antwoorden");
        var action = await session.AddAction("Sjablonen maken", fixture.Today.AddDays(7), ActionOwner.Employee, "Een uur per week");
        var completed = await session.Advance("Start maandag.");

        Assert.Equal(GrowStage.Completed, completed.Stage);
        Assert.NotNull(completed.CompletedAt);
        Assert.Equal([GrowStage.Goal, GrowStage.Reality, GrowStage.Options, GrowStage.Will], completed.Notes.Select(n => n.Stage));
        Assert.Equal([GrowStage.Goal, GrowStage.Reality], completed.Questions.Select(q => q.Stage));
        Assert.Equal(0.5, completed.Feedback.OpenQuestionRatio);
        Assert.Equal(action, Assert.Single(completed.Actions));
        Assert.Equal(world.BeginnerId, action.EmployeeId);
        Assert.Equal(ActionOwner.Employee, action.Owner);
        Assert.Equal(CoachingIds.SessionOfAction(action.Id), started.Id);

        Assert.Contains(started.Id, await manager.GetCoachingSessionIds());
        Assert.Contains(started.Id, await grains.GetGrain<IEmployeeGrain>(world.BeginnerId).GetCoachingSessionIds());
    }

    [Fact]
    public async Task An_advance_that_names_its_stage_moves_once_however_often_it_is_sent_and_never_from_a_stage_not_reached()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var session = await NewSession(grains, world, "Plan the release", null);

        var moved = await session.Advance("The goal", GrowStage.Goal);
        var retried = await session.Advance("The goal", GrowStage.Goal);
        var early = await Assert.ThrowsAsync<PlatformException>(() => session.Advance(null, GrowStage.Options));

        Assert.Equal(GrowStage.Reality, moved.Stage);
        Assert.Equal(GrowStage.Reality, retried.Stage);
        Assert.Equal(GrowStage.Goal, Assert.Single(retried.Notes).Stage);
        Assert.Equal(PlatformErrorCode.Conflict, early.Code);
        Assert.Contains("not yet in OPTIONS", early.Message);
        // Without a stage the call moves on from wherever the session is, as before.
        Assert.Equal(GrowStage.Options, (await session.Advance(null)).Stage);
    }

    [Fact]
    public async Task Wrong_stage_operations_are_conflicts_that_say_what_is_allowed_now()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var session = await NewSession(grains, world, "Plan the release", null);

        var early = await Assert.ThrowsAsync<PlatformException>(() => session.AddAction("Call", fixture.Today, ActionOwner.Employee, null));
        Assert.Equal(PlatformErrorCode.Conflict, early.Code);
        Assert.Contains("WILL", early.Message);
        Assert.Contains("In GOAL you can", early.Message);

        await session.Advance(null);
        await session.Advance(null);
        await session.Advance(null);
        var noAction = await Assert.ThrowsAsync<PlatformException>(() => session.Advance("done"));
        Assert.Equal(PlatformErrorCode.Conflict, noAction.Code);
        Assert.Contains("at least one action", noAction.Message);
        Assert.Equal(GrowStage.Will, (await session.Get())!.Stage);
        Assert.Empty((await session.Get())!.Notes); // a refused move keeps nothing

        await session.AddAction("Call the client", fixture.Today, ActionOwner.Manager, null);
        await session.Advance(null);
        var afterwards = await Assert.ThrowsAsync<PlatformException>(() => session.RecordQuestion("What else?"));
        Assert.Equal(PlatformErrorCode.Conflict, afterwards.Code);
        Assert.Contains("completed", afterwards.Message);
        Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(() => session.Advance(null))).Code);
    }

    [Fact]
    public async Task A_due_date_in_the_past_is_bad_input_naming_the_argument()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var session = await SessionInWill(grains, world);
        var refused = await Assert.ThrowsAsync<PlatformException>(() => session.AddAction("Call", fixture.Today.AddDays(-1), ActionOwner.Employee, null));
        Assert.Equal(PlatformErrorCode.BadUserInput, refused.Code);
        Assert.Equal("dueDate", refused.Field);
        Assert.Equal(fixture.Today, (await session.AddAction("Call", fixture.Today, ActionOwner.Employee, null)).DueDate);
    }

    [Fact]
    public async Task A_solution_before_options_shows_as_a_pitfall_with_its_sentence_and_stage()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var session = await NewSession(grains, world, "Handle the angry customer", Language.En);
        await session.Advance(null);
        var analysis = await session.RecordQuestion("You should just call him tomorrow.");
        Assert.True(analysis.GivesSolution);

        var pitfall = Assert.Single((await session.Get())!.Feedback.Pitfalls);
        Assert.Equal(PitfallKind.SolutionTooFast, pitfall.Kind);
        Assert.Equal(GrowStage.Reality, pitfall.Stage);
        Assert.Equal("You should just call him tomorrow.", pitfall.Trigger);
    }

    [Fact]
    public async Task Options_noted_before_the_manager_s_idea_make_it_one_option_among_others()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var session = await NewSession(grains, world, "Handle the angry customer", Language.En);
        await session.Advance(null);
        await session.Advance(null);
        await session.AddNote("- Call him\n- Send a written apology");
        Assert.Equal(GrowStage.Options, (await session.Get())!.Stage);
        await session.RecordQuestion("You could also ask Peter to join the call.");
        Assert.Empty((await session.Get())!.Feedback.Pitfalls);
    }

    [Fact]
    public async Task Completing_an_action_is_possible_after_the_session_and_repeating_it_changes_nothing()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var session = await SessionInWill(grains, world);
        var action = await session.AddAction("Write the templates", fixture.Today.AddDays(3), ActionOwner.Employee, null);
        await session.Advance(null);

        var done = await session.CompleteAction(action.Id);
        Assert.True(done.Completed);
        Assert.Equal(done, await session.CompleteAction(action.Id));
        Assert.Equal(PlatformErrorCode.NotFound, (await Assert.ThrowsAsync<PlatformException>(() => session.CompleteAction(action.Id + "x"))).Code);
    }

    [Fact]
    public async Task Only_an_employee_of_the_manager_s_own_team_can_be_coached()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var other = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var otherTeamEmployee = (await grains.GetGrain<IOrganisationGrain>(world.OrganisationId).AddTeam("Sales")).Id;
        var colleague = (await grains.GetGrain<ITeamGrain>(otherTeamEmployee).AddEmployee("Piet")).Id;

        Assert.Equal(PlatformErrorCode.Forbidden,
            (await Assert.ThrowsAsync<PlatformException>(() => manager.StartCoachingSession(colleague, "Goal", null))).Code);
        Assert.Equal(PlatformErrorCode.NotFound,
            (await Assert.ThrowsAsync<PlatformException>(() => manager.StartCoachingSession(other.BeginnerId, "Goal", null))).Code);
    }

    [Fact]
    public async Task Session_facts_reach_the_manager_s_adoption_figures_once()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var session = await SessionInWill(grains, world, "Wat wil je bereiken?", "Ben je er klaar voor?");
        var action = await session.AddAction("Sjablonen maken", fixture.Today.AddDays(2), ActionOwner.Employee, null);
        await session.Advance(null);
        await session.CompleteAction(action.Id);
        await session.CompleteAction(action.Id);

        var figures = await grains.GetGrain<IManagerAdoptionGrain>(world.ManagerId).Report(30);
        Assert.Equal(1, figures.SessionsStarted);
        Assert.Equal(1, figures.SessionsCompleted);
        Assert.Equal(0.5, figures.OpenQuestionRatio);
        Assert.Equal(1.0, figures.ActionCompletionRate);
        Assert.Equal(1.0, figures.CoachHatShare);
        Assert.Equal(1, figures.ManagersCoaching);
    }

    /// <summary>A session the world's manager starts with the beginner, in GOAL.</summary>
    private static async Task<ICoachingSessionGrain> NewSession(IGrainFactory grains, CoachingWorld world, string goal, Language? language) =>
        grains.GetGrain<ICoachingSessionGrain>((await grains.GetGrain<IManagerGrain>(world.ManagerId).StartCoachingSession(world.BeginnerId, goal, language)).Id);

    private static async Task<ICoachingSessionGrain> SessionInWill(IGrainFactory grains, CoachingWorld world, params string[] questions)
    {
        var session = await NewSession(grains, world, "Sneller tickets afhandelen", null);
        foreach (var question in questions) await session.RecordQuestion(question);
        for (var i = 0; i < 3; i++) await session.Advance(null);
        return session;
    }
}
