using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.State;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests.Privacy;

[Collection(PrivacyClusterCollection.Name)]
public sealed class EmployeePrivacyGrainTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task The_export_gathers_every_fact_about_the_employee_from_every_grain()
    {
        var grains = fixture.Grains;
        var world = await ErasureWorld.Build(grains);

        var export = await grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId).Export();

        Assert.Equal("Jan Jansen", export.Employee.Name);
        Assert.Equal("Support", export.Team?.Name);
        Assert.Equal(world.ManagerId, export.ManagerId);
        // The sealed history page and the two newest, oldest first.
        Assert.Equal([.. Enumerable.Repeat(Competence.High, EmployeeGrain.HistoryLayout.PageSize), Competence.Low, Competence.Some],
            export.Employee.Assessments.Select(a => a.Competence));
        Assert.Equal(Competence.High, Assert.Single(export.Employee.SelfAssessments).Competence);
        var session = Assert.Single(export.CoachingSessions);
        Assert.Equal(ErasureWorld.Goal, session.Goal);
        Assert.Contains(session.Notes, n => n.Text == ErasureWorld.Note);
        Assert.Equal(ErasureWorld.Question, Assert.Single(session.Questions).Text);
        Assert.Equal(ErasureWorld.Action, Assert.Single(session.Actions).Description);
        // The session (a COACH interaction) and the logged one; nothing about the colleague.
        Assert.Equal(2, export.Interactions.Length);
        Assert.All(export.Interactions, i => Assert.Equal(world.EmployeeId, i.Interaction.EmployeeId));
        Assert.Equal([world.ManagerId, world.ManagerId], export.InteractionManagerIds);
        Assert.Contains(export.Interactions, i => i.Note == ErasureWorld.InteractionNote);
        Assert.Equal(ErasureWorld.Idea, Assert.Single(export.TeamIdeas).Idea.Text);
        var key = Assert.Single(export.ApiKeys);
        Assert.Equal(world.KeyId, key.Id);
        Assert.Null(key.RevokedAt);
    }

    [Fact]
    public async Task Erasure_leaves_nothing_of_the_employee_and_keeps_the_adoption_counts()
    {
        var grains = fixture.Grains;
        var world = await ErasureWorld.Build(grains);
        var teamAdoption = grains.GetGrain<IAdoptionRollupGrain>(world.TeamId);
        // Every fact of the world first, the colleague's manager-hat interaction (sent last) included: 2 of 3 in the coach hat.
        var before = await Eventually.Until(() => teamAdoption.Report(30), f => f.SessionsStarted == 1
            && f.DevelopmentLevels.Values.Sum() == EmployeeGrain.HistoryLayout.PageSize + 2 && Math.Abs(f.CoachHatShare - 2.0 / 3) < 1e-9);

        await grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId).Erase();

        await AssertNothingLeft(grains, world);
        Assert.Equal(Counts(before), Counts(await teamAdoption.Report(30)));
        // The colleague keeps everything.
        Assert.NotNull(await grains.GetGrain<IEmployeeGrain>(world.ColleagueId).Get());
        Assert.Contains(await grains.GetGrain<IManagerGrain>(world.ManagerId).GetInteractions(), i => i.Interaction.EmployeeId == world.ColleagueId);
        Assert.Equal(ErasureWorld.ColleagueIdea, Assert.Single((await grains.GetGrain<ITeamSessionGrain>(world.TeamSessionId).Get())!.Ideas).Text);

        // Erasing again: nothing is left, so the employee is simply not found.
        var again = await Assert.ThrowsAsync<PlatformException>(() => grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId).Erase());
        Assert.Equal(PlatformErrorCode.NotFound, again.Code);
    }

    [Theory]
    [InlineData("employee", "write")]     // 1. the employee could not begin
    [InlineData("historypage", "clear")]  //    its history pages
    [InlineData("session", "clear")]      // 2. a coaching session
    [InlineData("apikey", "clear")]       //    an API key
    [InlineData("team", "write")]         //    the team's member list
    [InlineData("teamsession", "write")]  //    the team ideas
    [InlineData("manager", "write")]      //    the manager's interactions and ledger
    [InlineData("sessionpage", "clear")]  // 3. its session id pages
    [InlineData("employee", "clear")]     //    the employee's own state, last
    public async Task An_erasure_that_fails_halfway_is_finished_by_calling_it_again(string stateName, string operation)
    {
        var grains = fixture.Grains;
        // More sessions than a page holds, so the erasure must find some of them in a sealed page, every time it runs.
        var world = await ErasureWorld.Build(grains, moreSessions: EmployeeGrain.SessionLayout.PageSize);
        var privacy = grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId);

        PrivacyClusterFixture.Faults.FailOnce(stateName, operation);
        await Assert.ThrowsAnyAsync<Exception>(privacy.Erase);
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);

        var employee = grains.GetGrain<IEmployeeGrain>(world.EmployeeId);
        if (stateName == "employee" && operation == "write")
        {
            // Nothing began: the employee is still there, untouched.
            Assert.Equal("Jan Jansen", (await employee.Get())?.Name);
        }
        else
        {
            // From the first step on the employee is NOT_FOUND to everyone, and no new key can speak for them.
            Assert.Null(await employee.Get());
            await AssertNotFound(() => grains.GetGrain<IManagerGrain>(world.ManagerId).StartCoachingSession(world.EmployeeId, "Another goal", null));
            await AssertNotFound(() => grains.GetGrain<IApiKeyGrain>(EntityId.New("key")).Register("hash", new Principal(world.OrganisationId, Role.Employee, world.EmployeeId)));
        }

        await privacy.Erase();

        await AssertNothingLeft(grains, world);
        await AssertNotFound(privacy.Erase);
    }

    [Theory]
    [InlineData("employee", "write")]     // the employee's own list
    [InlineData("sessionpage", "write")]  // a page of it, sealed as the session is added
    public async Task A_session_its_employee_could_not_list_is_not_started(string stateName, string operation)
    {
        var grains = fixture.Grains;
        var world = await ErasureWorld.Build(grains, moreSessions: EmployeeGrain.SessionLayout.PageSize - 2);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var sessionsBefore = PrivacyClusterFixture.Faults.WrittenGrains("session");

        PrivacyClusterFixture.Faults.FailOnce(stateName, operation);
        await Assert.ThrowsAnyAsync<Exception>(() => manager.StartCoachingSession(world.EmployeeId, "Plan the handover", Language.En));
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);

        // Listing comes first: no session was written, so none can outlive an erasure of the employee.
        Assert.Empty(PrivacyClusterFixture.Faults.WrittenGrains("session").Except(sessionsBefore));
        string[] listed = [.. world.MoreSessionIds, world.SessionId];
        Assert.Equal(listed, await grains.GetGrain<IEmployeeGrain>(world.EmployeeId).GetCoachingSessionIds());
        // Once the store is back, sessions start and are listed as before.
        var next = await manager.StartCoachingSession(world.EmployeeId, "Plan the handover", Language.En);
        string[] listedAfter = [.. listed, next.Id];
        Assert.Equal(listedAfter, await grains.GetGrain<IEmployeeGrain>(world.EmployeeId).GetCoachingSessionIds());
    }

    [Fact]
    public async Task A_session_whose_start_failed_after_it_was_listed_leaves_only_its_id_which_export_and_erasure_pass_over()
    {
        var grains = fixture.Grains;
        var world = await ErasureWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var employee = grains.GetGrain<IEmployeeGrain>(world.EmployeeId);

        PrivacyClusterFixture.Faults.FailOnce("session", "write");
        await Assert.ThrowsAnyAsync<Exception>(() => manager.StartCoachingSession(world.EmployeeId, "Plan the handover", Language.En));
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);

        var ids = await employee.GetCoachingSessionIds();
        Assert.Equal(2, ids.Length);
        Assert.Equal(world.SessionId, ids[0]);
        Assert.Null(await grains.GetGrain<ICoachingSessionGrain>(ids[1]).Get());
        Assert.DoesNotContain(ids[1], await manager.GetCoachingSessionIds());
        var privacy = grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId);
        Assert.Equal([world.SessionId], (await privacy.Export()).CoachingSessions.Select(s => s.Id));

        await privacy.Erase();

        await AssertNothingLeft(grains, world);
        Assert.Null(await grains.GetGrain<ICoachingSessionGrain>(ids[1]).Get());
    }

    private async Task AssertNothingLeft(IGrainFactory grains, ErasureWorld world)
    {
        var employee = grains.GetGrain<IEmployeeGrain>(world.EmployeeId);
        Assert.Null(await employee.Get());
        // The history page is gone from the store, not only unreadable.
        var page = new GrainState<AssessmentHistoryPageState>();
        await fixture.Storage.ReadStateAsync("historypage", grains.GetGrain<IAssessmentHistoryPageGrain>($"{world.EmployeeId}/history-0").GetGrainId(), page);
        Assert.False(page.RecordExists);
        var sessionPage = new GrainState<SessionListPageState>();
        await fixture.Storage.ReadStateAsync("sessionpage", grains.GetGrain<ISessionListPageGrain>($"{world.EmployeeId}/sessions-0").GetGrainId(), sessionPage);
        Assert.False(sessionPage.RecordExists);
        await AssertNotFound(employee.GetAssessments);
        await AssertNotFound(employee.GetPersonalData);
        await AssertNotFound(() => employee.Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam));
        await AssertNotFound(() => grains.GetGrain<IEmployeePrivacyGrain>(world.EmployeeId).Export());

        Assert.Null(await grains.GetGrain<ICoachingSessionGrain>(world.SessionId).Get());
        // Sessions whose ids had been sealed into a page are gone too.
        foreach (var id in world.MoreSessionIds) Assert.Null(await grains.GetGrain<ICoachingSessionGrain>(id).Get());
        await AssertNotFound(() => grains.GetGrain<ICoachingSessionGrain>(world.SessionId).CompleteAction(world.ActionId));

        var key = grains.GetGrain<IApiKeyGrain>(world.KeyId);
        Assert.Null(await key.GetPrincipal());
        Assert.Null(await key.GetRecord());
        Assert.Null(await key.Authenticate(ApiKeyText.Hash("secret-" + world.KeyId)));

        var team = (await grains.GetGrain<ITeamGrain>(world.TeamId).Get())!;
        Assert.Equal([world.ColleagueId], team.EmployeeIds);
        Assert.DoesNotContain((await grains.GetGrain<ITeamSessionGrain>(world.TeamSessionId).Get())!.Ideas, idea => idea.OwnerId == world.EmployeeId);

        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        Assert.DoesNotContain(await manager.GetInteractions(), i => i.Interaction.EmployeeId == world.EmployeeId || i.Id == world.SessionId);
        Assert.DoesNotContain(world.SessionId, await manager.GetCoachingSessionIds());
        Assert.DoesNotContain(await manager.GetNudges(), n => n.Nudge.ActionId == world.ActionId || n.Nudge.Message.Contains(ErasureWorld.Action));
        await AssertNotFound(() => manager.LogInteraction(world.EmployeeId, Hat.Coach, "Still there?"));
    }

    private static async Task AssertNotFound(Func<Task> call)
    {
        var refused = await Assert.ThrowsAsync<PlatformException>(call);
        Assert.Equal(PlatformErrorCode.NotFound, refused.Code);
    }

    private static string Counts(AdoptionFigures figures) =>
        $"{figures.Managers} {figures.SessionsStarted} {figures.SessionsCompleted} {figures.OpenQuestionRatio} {figures.CoachHatShare} {figures.StyleFitRate} "
        + string.Join(",", figures.DevelopmentLevels.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));
}
