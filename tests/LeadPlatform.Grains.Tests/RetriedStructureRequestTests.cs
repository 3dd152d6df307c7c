using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Programmes;
using LeadPlatform.Grains.Tests.Privacy;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// Consultancies, organisations, teams, managers, employees, team sessions, ideas, pulse readings, questions and notes requested again with the same
/// idempotency key (after a failure the client could not read, or an answer that never came) are made once; a client's
/// hand-over that failed halfway is finished by a retry.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class RetriedStructureRequestTests(PrivacyClusterFixture fixture)
{
    [Theory]
    [InlineData("team")]       // the employee was created; the team's list of it was not saved
    [InlineData("employee")]   // the employee itself was not saved
    public async Task An_employee_added_halfway_and_retried_with_its_key_is_one_listed_employee(string failingState)
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);

        var employee = await FailedAttempt.ThenRetried(failingState, () => team.AddEmployee("Jan", "jan-1"));

        Assert.Equal([employee.Id], (await team.Get())!.EmployeeIds);
        Assert.Equal(employee, await grains.GetGrain<IEmployeeGrain>(employee.Id).Get());
    }

    [Fact]
    public async Task An_employee_added_again_with_its_key_is_answered_and_without_one_is_a_second_employee()
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);

        var first = await team.AddEmployee("Jan", "jan-1");
        var again = await team.AddEmployee(" Jan ", "jan-1");
        var unkeyed = await team.AddEmployee("Jan");
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => team.AddEmployee("Sanne", "jan-1"));

        Assert.Equal(first, again);
        Assert.NotEqual(first.Id, unkeyed.Id);
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        Assert.Equal([first.Id, unkeyed.Id], (await team.Get())!.EmployeeIds);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the first attempt made the employee, the team's list of it failed, and the employee was erased
    public async Task An_employee_erased_since_is_not_made_again_by_a_retry_with_its_key(bool listWriteFailed)
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        var teamId = (await team.Get())!.Id;
        // The id the key derives (GrainKeys.Child): the failed attempt below answers none.
        var employeeId = new Domain.Identity.TenantKey(TenantReach.TenantOf(teamId), CreatedIds.For(EntityKinds.Employee, teamId, "jan-1")).ToString();
        if (listWriteFailed)
        {
            PrivacyClusterFixture.Faults.FailOnce("team", "write");
            await Assert.ThrowsAnyAsync<Exception>(() => team.AddEmployee("Jan", "jan-1"));
            Assert.True(PrivacyClusterFixture.Faults.AllUsed);
        }
        else await team.AddEmployee("Jan", "jan-1");

        await grains.GetGrain<IEmployeePrivacyGrain>(employeeId).Erase();
        var retried = await Assert.ThrowsAsync<PlatformException>(() => team.AddEmployee("Jan", "jan-1"));
        var anotherKey = await team.AddEmployee("Jan", "jan-2");

        Assert.Equal(PlatformErrorCode.Conflict, retried.Code);
        Assert.Contains("erased", retried.Message);
        Assert.Null(await grains.GetGrain<IEmployeeGrain>(employeeId).Get());
        Assert.Equal([anotherKey.Id], (await team.Get())!.EmployeeIds);
    }

    [Theory]
    [InlineData("consultancy")]  // the keys were revoked; the consultancy's list was not saved
    [InlineData("adoption")]     // the list was saved; the organisation's adoption failed to save that it left the consultancy
    [InlineData("organisation")] // the adoption was taken back; the organisation still names the consultancy
    public async Task A_hand_over_that_failed_halfway_is_finished_by_a_retry(string failingState)
    {
        var grains = fixture.Grains;
        var consultancy = await NewStructure.Consultancy(grains);
        var consultancyId = consultancy.GetPrimaryKeyString();
        var client = await consultancy.CreateOrganisation("Client");
        var team = grains.GetGrain<ITeamGrain>((await grains.GetGrain<IOrganisationGrain>(client.Id).AddTeam("Ops")).Id);
        await team.AddManager("Mila");
        var consultancyAdoption = grains.GetGrain<IAdoptionRollupGrain>(consultancyId);
        await Eventually.Until(() => consultancyAdoption.Report(30), f => f.Managers == 1);

        PrivacyClusterFixture.Faults.FailOnce(failingState, "write");
        await Assert.ThrowsAnyAsync<Exception>(() => consultancy.DetachOrganisation(client.Id));
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);
        // detachClient finds the consultancy through the organisation and admits only its consultants: it must still name it.
        Assert.Equal(consultancyId, await grains.GetGrain<IOrganisationGrain>(client.Id).GetConsultancyId());
        var detached = await consultancy.DetachOrganisation(client.Id);

        Assert.Null(detached.ConsultancyId);
        Assert.Null(await grains.GetGrain<IOrganisationGrain>(client.Id).GetConsultancyId());
        Assert.Empty((await consultancy.Get())!.OrganisationIds);
        Assert.Equal(PlatformErrorCode.NotFound, (await Assert.ThrowsAsync<PlatformException>(() => consultancy.DetachOrganisation(client.Id))).Code);
        // What the client added to the consultancy's adoption was taken back once, however often the hand-over ran.
        Assert.Equal(0, (await consultancyAdoption.Report(30)).Managers);
        Assert.Equal(1, (await grains.GetGrain<IAdoptionRollupGrain>(client.Id).Report(30)).Managers);
    }

    /// <summary>
    /// People an import made before its team failed to list them were stored with their names and listed nowhere, out of
    /// reach of export and erasure, and a retry made them again under new ids. Now the retry takes the very people it made.
    /// </summary>
    [Theory]
    [InlineData(false)] // the team's link to the new manager fails to save
    [InlineData(true)]  // the team has its manager; its list of the new employees fails to save
    public async Task An_import_retried_after_its_team_failed_to_save_takes_the_people_the_first_attempt_made(bool managerBefore)
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        var teamId = (await team.Get())!.Id;
        if (managerBefore) await team.AddManager("Mila");
        ImportMemberRow[] rows = [new(2, "Mila", "Jan"), new(3, "Mila", "Sanne")];

        var imported = await FailedAttempt.ThenRetried("team", () => team.ImportMembers(rows));

        Assert.Equal((managerBefore ? 0 : 1, 2), (imported.ManagersCreated, imported.EmployeesCreated));
        var listed = (await team.Get())!;
        if (!managerBefore) Assert.Equal(ImportedId(teamId, EntityKinds.Manager, "Mila"), listed.ManagerId);
        Assert.Equal(new[] { "Jan", "Sanne" }.Select(name => ImportedId(teamId, EntityKinds.Employee, name)).Order(), listed.EmployeeIds.Order());
    }

    /// <summary>The id an import gives the person it names in this team (what a failed attempt made, too).</summary>
    private static string ImportedId(string teamId, string kind, string name) =>
        new Domain.Identity.TenantKey(TenantReach.TenantOf(teamId), CreatedIds.For(kind, teamId, Domain.Identity.IdempotencyKey.ForImportedName(name))).ToString();

    [Fact]
    public async Task A_programme_deletion_that_failed_at_the_organisation_s_list_is_finished_by_a_retry()
    {
        var grains = fixture.Grains;
        var (organisation, team) = await NewStructure.OrganisationWithTeam(grains);
        var manager = await team.AddManager("Mila");
        var programme = await organisation.RecordProgramme("Leading with questions", [DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7)],
            [new ManagerTrack(manager.Id, CoachingTrack.TrainingAndCoaching)]);

        // The programme is gone, the organisation's list of it was not saved; before, every retry was NOT_FOUND.
        await FailedAttempt.ThenRetried("organisation", async () => { await organisation.DeleteProgramme(programme.Id); return true; });

        Assert.Empty((await organisation.Get())!.ProgrammeIds ?? []);
        Assert.Null(await grains.GetGrain<IProgrammeGrain>(programme.Id).Get());
    }

    [Fact]
    public async Task A_keyed_programme_whose_organisation_failed_to_list_it_is_recorded_once_by_a_retry()
    {
        var grains = fixture.Grains;
        var (organisation, team) = await NewStructure.OrganisationWithTeam(grains);
        var manager = await team.AddManager("Mila");
        var inAWeek = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        ManagerTrack[] tracks = [new(manager.Id, CoachingTrack.TrainingAndCoaching)];
        Task<ProgrammeInfo> Record(string name, string key) => organisation.RecordProgramme(name, [inAWeek.AddDays(1), inAWeek], tracks, key);

        var recorded = await FailedAttempt.ThenRetried("organisation", () => Record(" Leading with questions ", "programme-1"));
        var repeated = await Record("Leading with questions", "programme-1");

        Assert.Equal(recorded.Id, repeated.Id);
        Assert.Equal([recorded.Id], (await organisation.Get())!.ProgrammeIds ?? []);
        Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(() => Record("Another name", "programme-1"))).Code);
        // Without a key each request records a programme of its own, as before.
        await organisation.RecordProgramme("Leading with questions", [inAWeek], tracks);
        Assert.Equal(2, (await organisation.Get())!.ProgrammeIds?.Length);
    }

    [Fact]
    public async Task The_same_key_in_two_teams_adds_two_employees()
    {
        var grains = fixture.Grains;
        var (organisation, team) = await NewStructure.OrganisationWithTeam(grains);
        var otherTeam = grains.GetGrain<ITeamGrain>((await organisation.AddTeam("Sales")).Id);

        var employee = await team.AddEmployee("Jan", "monday");
        var other = await otherTeam.AddEmployee("Jan", "monday");

        Assert.NotEqual(employee.Id, other.Id);
        Assert.Equal(otherTeam.GetPrimaryKeyString(), other.TeamId);
    }

    [Fact]
    public async Task A_manager_added_halfway_and_retried_with_its_key_leads_the_team_and_a_repeat_is_answered()
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);

        // The manager was created; the team's link to it was not saved.
        var manager = await FailedAttempt.ThenRetried("team", () => team.AddManager("Mila", "mila-1"));
        var again = await team.AddManager("Mila", "mila-1");
        var unkeyed = await Assert.ThrowsAsync<PlatformException>(() => team.AddManager("Mila"));
        var otherName = await Assert.ThrowsAsync<PlatformException>(() => team.AddManager("Noor", "mila-1"));

        Assert.Equal(manager, again);
        Assert.Equal(manager.Id, (await team.Get())!.ManagerId);
        Assert.Equal(PlatformErrorCode.Conflict, unkeyed.Code);
        Assert.Equal(PlatformErrorCode.Conflict, otherName.Code);
    }

    [Fact]
    public async Task A_client_organisation_created_halfway_and_retried_with_its_key_is_listed_once_by_its_consultancy()
    {
        var grains = fixture.Grains;
        var consultancy = grains.GetGrain<IConsultancyGrain>(CreatedIds.For(EntityKinds.Consultancy, CreatedIds.PlatformScope, $"coach-{Guid.NewGuid():N}"));
        await consultancy.Create("Coach & Co");

        // The organisation was created; the consultancy's list of it was not saved.
        var organisation = await FailedAttempt.ThenRetried("consultancy", () => consultancy.CreateOrganisation("Acme", "acme-1"));
        var again = await consultancy.CreateOrganisation("Acme", "acme-1");
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => consultancy.CreateOrganisation("Globex", "acme-1"));

        Assert.Equal(organisation.Id, again.Id);
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        Assert.Equal([organisation.Id], (await consultancy.Get())!.OrganisationIds);
        Assert.Equal(consultancy.GetPrimaryKeyString(), organisation.ConsultancyId);
    }

    [Fact]
    public async Task A_consultancy_or_direct_customer_created_again_under_its_derived_id_is_answered_and_another_name_is_a_conflict()
    {
        var grains = fixture.Grains;
        var key = $"new-{Guid.NewGuid():N}";
        var consultancy = grains.GetGrain<IConsultancyGrain>(CreatedIds.For(EntityKinds.Consultancy, CreatedIds.PlatformScope, key));
        var organisation = grains.GetGrain<IOrganisationGrain>(CreatedIds.For(EntityKinds.Organisation, CreatedIds.PlatformScope, key));

        var created = await consultancy.Create("Coach & Co");
        var direct = await organisation.Create("Acme", null);

        Assert.Equal(created, await consultancy.Create("Coach & Co"));
        Assert.Equal(direct.Id, (await organisation.Create("Acme", null)).Id);
        Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(() => consultancy.Create("Other"))).Code);
        Assert.Equal(PlatformErrorCode.Conflict,
            (await Assert.ThrowsAsync<PlatformException>(() => organisation.Create("Acme", consultancy.GetPrimaryKeyString()))).Code);
        Assert.Null((await organisation.Get())!.ConsultancyId);
    }

    [Fact]
    public async Task A_team_added_halfway_and_retried_with_its_key_is_listed_once_and_another_name_is_a_conflict()
    {
        var grains = fixture.Grains;
        var (organisation, support) = await NewStructure.OrganisationWithTeam(grains);

        // The team was created; the organisation's list of it was not saved.
        var team = await FailedAttempt.ThenRetried("organisation", () => organisation.AddTeam("Sales", "sales-1"));
        var again = await organisation.AddTeam("Sales", "sales-1");
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => organisation.AddTeam("Marketing", "sales-1"));

        Assert.Equal(team.Id, again.Id);
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        Assert.Equal([support.GetPrimaryKeyString(), team.Id], (await organisation.Get())!.TeamIds);
    }

    [Fact]
    public async Task A_team_session_started_halfway_and_retried_with_its_key_is_listed_once()
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);

        var session = await FailedAttempt.ThenRetried("team", () => team.StartTeamSession("Fewer reopened tickets", "retro-1"));
        var again = await team.StartTeamSession("Fewer reopened tickets", "retro-1");
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => team.StartTeamSession("Another topic", "retro-1"));

        Assert.Equal(session, again);
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        Assert.Equal([session.Id], await team.GetTeamSessionIds());
    }

    [Fact]
    public async Task An_idea_added_again_with_its_key_is_kept_once_and_another_text_or_owner_is_a_conflict()
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        var managerId = (await team.AddManager("Mila")).Id;
        var employeeId = (await team.AddEmployee("Jan")).Id;
        var session = grains.GetGrain<ITeamSessionGrain>((await team.StartTeamSession("Fewer reopened tickets")).Id);

        var idea = await session.AddIdea("Checklist before closing", employeeId, "idea-1");
        var again = await session.AddIdea("Checklist before closing", employeeId, "idea-1");
        var unkeyed = await session.AddIdea("Checklist before closing", employeeId);
        foreach (var reuse in new Func<Task>[]
        {
            () => session.AddIdea("Pair on hard tickets", employeeId, "idea-1"),
            () => session.AddIdea("Checklist before closing", managerId, "idea-1"),
        })
            Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(reuse)).Code);

        Assert.Equal(idea, again);
        Assert.Equal([idea.Id, unkeyed.Id], (await session.Get())!.Ideas.Select(i => i.Id));
    }

    [Fact]
    public async Task A_pulse_recorded_again_with_its_key_is_one_reading_and_a_failed_one_is_recorded_by_the_retry()
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);

        await team.RecordPulse(3, 4, "week-1");
        await team.RecordPulse(3, 4, "week-1");
        await FailedAttempt.ThenRetried("team", () => team.RecordPulse(2, 2, "week-2"));
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => team.RecordPulse(5, 4, "week-1"));

        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        Assert.Equal([(3, 4), (2, 2)], (await team.GetPulse()).Select(r => (r.Energy, r.Engagement)));
    }

    [Fact]
    public async Task A_question_recorded_again_with_its_key_after_the_session_moved_on_is_answered_and_kept_once()
    {
        var grains = fixture.Grains;
        var session = await NewSessionInGoal(grains);

        var analysis = await session.RecordQuestion("What would you like to achieve?", "q-1");
        await session.Advance(null);
        var again = await session.RecordQuestion("What would you like to achieve?", "q-1");
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => session.RecordQuestion("What have you tried?", "q-1"));
        await session.RecordQuestion("What would you like to achieve?");

        Assert.Equal(analysis, again);
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        // The keyed question once, in GOAL where it was asked; the unkeyed one is a question of its own.
        Assert.Equal([GrowStage.Goal, GrowStage.Reality], (await session.Get())!.Questions.Select(q => q.Stage));
    }

    [Fact]
    public async Task A_note_kept_again_with_its_key_after_the_session_moved_on_is_answered_and_kept_once()
    {
        var grains = fixture.Grains;
        var session = await NewSessionInGoal(grains);

        await session.AddNote("Handover before the summer", "n-1");
        await session.Advance(null);
        var again = await session.AddNote("Handover before the summer", "n-1");
        var conflict = await Assert.ThrowsAsync<PlatformException>(() => session.AddNote("Two colleagues know the system", "n-1"));
        await session.AddNote("Handover before the summer");

        Assert.Equal([("Handover before the summer", GrowStage.Goal)], again.Notes.Select(n => (n.Text, n.Stage)));
        Assert.Equal(PlatformErrorCode.Conflict, conflict.Code);
        // The keyed note once, in GOAL where it was written; the unkeyed one is a note of its own.
        Assert.Equal([GrowStage.Goal, GrowStage.Reality], (await session.Get())!.Notes.Select(n => n.Stage));
    }

    /// <summary>
    /// A coaching session in GOAL, of a new team's manager with its employee. <paramref name="grains"/> comes from the
    /// test itself: taking the fixture's grains sets the calls' principal, which would not flow out of this method.
    /// </summary>
    private static async Task<ICoachingSessionGrain> NewSessionInGoal(IGrainFactory grains)
    {
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        var manager = grains.GetGrain<IManagerGrain>((await team.AddManager("Mila")).Id);
        var employeeId = (await team.AddEmployee("Jan")).Id;
        return grains.GetGrain<ICoachingSessionGrain>((await manager.StartCoachingSession(employeeId, "Plan the handover", Language.En)).Id);
    }
}
