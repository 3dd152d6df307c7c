using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.State;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class EmployeeGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private async Task<(ITeamGrain Team, IEmployeeGrain Employee)> NewEmployee()
    {
        var (_, team) = await NewStructure.OrganisationWithTeam(Grains);
        var employee = await team.AddEmployee("Jan");
        return (team, Grains.GetGrain<IEmployeeGrain>(employee.Id));
    }

    [Fact]
    public async Task Recommendation_follows_the_newest_assessment_per_task()
    {
        _ = fixture.Grains;
        var (_, employee) = await NewEmployee();
        await employee.Assess("CRM migration", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        await employee.Assess("Customer calls", Competence.High, Commitment.High, TeamGate.AnyTeam);
        await employee.Assess("crm   Migration", Competence.High, Commitment.Variable, TeamGate.AnyTeam);

        var crm = await employee.GetRecommendation("CRM migration");
        Assert.Equal(LeadershipStyle.Supporting, crm!.Style);
        Assert.Equal(DevelopmentLevel.D3, crm.DevelopmentLevel);
        Assert.Equal(LeadershipStyle.Delegating, (await employee.GetRecommendation("customer calls"))!.Style);
        Assert.Null(await employee.GetRecommendation("unknown task"));

        var assessments = await employee.GetAssessments();
        Assert.Equal(2, assessments.Length);
        Assert.Contains(assessments, a => a.Task == "crm   Migration" && a.Competence == Competence.High);
    }

    [Fact]
    public async Task Team_crisis_turns_a_D4_recommendation_to_directing_and_back()
    {
        _ = fixture.Grains;
        var (team, employee) = await NewEmployee();
        await employee.Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);

        await team.SetCrisis(true, "CRM is down, customers waiting");
        var inCrisis = await employee.GetRecommendation("Tickets");
        Assert.Equal(LeadershipStyle.Directing, inCrisis!.Style);
        Assert.True(inCrisis.CrisisOverride);
        Assert.Equal("CRM is down, customers waiting", (await team.Get())!.Crisis!.Reason);

        await team.SetCrisis(false, null);
        var after = await employee.GetRecommendation("Tickets");
        Assert.Equal(LeadershipStyle.Delegating, after!.Style);
        Assert.False(after.CrisisOverride);
    }

    [Fact]
    public async Task Employee_added_during_a_crisis_starts_in_crisis()
    {
        _ = fixture.Grains;
        var (team, _) = await NewEmployee();
        await team.SetCrisis(true, null);
        var newcomer = Grains.GetGrain<IEmployeeGrain>((await team.AddEmployee("Piet")).Id);
        await newcomer.Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.True((await newcomer.GetRecommendation("Tickets"))!.CrisisOverride);
    }

    [Fact]
    public async Task History_keeps_its_newest_pages_while_the_state_holds_only_the_open_page_and_the_newest_per_task()
    {
        _ = fixture.Grains;
        var (_, employee) = await NewEmployee();
        var layout = EmployeeGrain.HistoryLayout;
        var assessed = new List<Assessment>();
        for (var i = 0; i < (layout.KeptPages + 1) * layout.PageSize + 3; i++)
            assessed.Add(await employee.Assess($"task {i % 3}", Competence.Some, Commitment.Variable, TeamGate.AnyTeam));
        assessed.Add(await employee.Assess("task 0", Competence.High, Commitment.High, TeamGate.AnyTeam));

        Assert.Equal(3, (await employee.GetAssessments()).Length);
        Assert.Equal(LeadershipStyle.Delegating, (await employee.GetRecommendation("task 0"))!.Style);
        // The oldest page left the window; the kept pages and the open page read back in order.
        Assert.Equal(assessed.TakeLast(layout.KeptPages * layout.PageSize + 4), (await employee.GetPersonalData()).Assessments);
        var stored = await StoredState(employee);
        Assert.Equal(assessed.TakeLast(4), stored.RecentHistory);
        Assert.Equal(layout.KeptPages + 1, stored.SealedHistoryPages);
    }

    [Fact]
    public async Task An_employee_stored_with_its_whole_history_in_one_list_reads_it_and_seals_it_into_pages_on_its_next_assessment()
    {
        var grains = fixture.Grains;
        var (team, _) = await NewEmployee();
        var employee = grains.GetGrain<IEmployeeGrain>($"{team.GetPrimaryKeyString().Split('/')[0]}/{EntityId.New("emp")}");
        // Before history pages, field 4 held every kept assessment (up to 100): the same bytes as the open page now.
        var legacy = Enumerable.Range(0, 100).Select(i => new Assessment($"task {i % 3}", Competence.Low, Commitment.High,
            SituationalLeadershipTable.Recommend(Competence.Low, Commitment.High), DateTimeOffset.UnixEpoch.AddMinutes(i))).ToList();
        await fixture.Storage.WriteStateAsync("employee", employee.GetGrainId(), new GrainState<EmployeeState>(new EmployeeState
        {
            Name = "Legacy", TeamId = team.GetPrimaryKeyString(), RecentHistory = legacy,
            LatestByTask = legacy.TakeLast(3).ToDictionary(a => TaskKey.Of(a.Task)),
        }));

        Assert.Equal(legacy, (await employee.GetPersonalData()).Assessments);
        var newest = await employee.Assess("task 0", Competence.High, Commitment.High, TeamGate.AnyTeam);

        Assert.Equal(legacy.Append(newest), (await employee.GetPersonalData()).Assessments);
        var stored = await StoredState(employee);
        Assert.Equal([newest], stored.RecentHistory);
        Assert.Equal(100 / EmployeeGrain.HistoryLayout.PageSize, stored.SealedHistoryPages);
    }

    [Fact]
    public async Task Session_ids_leave_the_state_in_sealed_pages_and_the_newest_are_listed_while_export_has_every_one()
    {
        _ = fixture.Grains;
        var (team, employee) = await NewEmployee();
        var organisationId = team.GetPrimaryKeyString().Split('/')[0];
        var pageSize = EmployeeGrain.SessionLayout.PageSize;
        var managerId = (await team.AddManager("Mila")).Id;
        var sessionIds = new List<string>();
        for (var i = 0; i < ManagerGrain.MaxListed + pageSize / 2 + 3; i++) sessionIds.Add(await StartSession(employee, organisationId, managerId));

        Assert.Equal(sessionIds.TakeLast(ManagerGrain.MaxListed), await employee.GetCoachingSessionIds());
        Assert.Equal(sessionIds, (await employee.GetPersonalData()).SessionIds);
        // The state holds only the open page; everything else is in pages.
        var stored = await StoredState(employee);
        Assert.Equal(sessionIds.TakeLast(sessionIds.Count % pageSize), stored.SessionIds);
        Assert.Equal(sessionIds.Count / pageSize, stored.SealedSessionPages);
    }

    [Fact]
    public async Task An_employee_stored_with_every_session_in_one_list_reads_them_and_seals_them_into_pages_on_its_next_session()
    {
        var grains = fixture.Grains;
        var (team, _) = await NewEmployee();
        var organisationId = team.GetPrimaryKeyString().Split('/')[0];
        var employee = grains.GetGrain<IEmployeeGrain>($"{organisationId}/{EntityId.New("emp")}");
        // Before session pages, field 6 held every session id: the same bytes as the open page now.
        var pageSize = EmployeeGrain.SessionLayout.PageSize;
        var legacy = Enumerable.Range(0, 2 * pageSize + 10).Select(_ => $"{organisationId}/{EntityId.New("ses")}").ToList();
        await fixture.Storage.WriteStateAsync("employee", employee.GetGrainId(), new GrainState<EmployeeState>(new EmployeeState
        {
            Name = "Legacy", TeamId = team.GetPrimaryKeyString(), SessionIds = legacy,
        }));

        Assert.Equal(legacy, await employee.GetCoachingSessionIds());
        var newest = await StartSession(employee, organisationId, (await team.AddManager("Mila")).Id);

        Assert.Equal(legacy.Append(newest), await employee.GetCoachingSessionIds());
        Assert.Equal(legacy.Append(newest), (await employee.GetPersonalData()).SessionIds);
        var stored = await StoredState(employee);
        Assert.Equal(legacy.TakeLast(10).Append(newest), stored.SessionIds);
        Assert.Equal(2, stored.SealedSessionPages);
    }

    private static async Task<string> StartSession(IEmployeeGrain employee, string organisationId, string managerId) =>
        (await employee.StartCoachingSession($"{organisationId}/{EntityId.New("ses")}", managerId, "Plan the week", Language.En)).Id;

    private async Task<EmployeeState> StoredState(IEmployeeGrain employee)
    {
        var stored = new GrainState<EmployeeState>();
        await fixture.Storage.ReadStateAsync("employee", employee.GetGrainId(), stored);
        Assert.True(stored.RecordExists);
        return stored.State!;
    }

    [Fact]
    public async Task An_assessment_through_another_teams_gate_is_forbidden_and_changes_nothing()
    {
        var grains = fixture.Grains;
        var (team, employee) = await NewEmployee();
        await employee.Assess("Planning", Competence.Low, Commitment.Low, TeamGate.Only(team.GetPrimaryKeyString()));
        var before = await StoredState(employee);
        var otherTeam = (await grains.GetGrain<IOrganisationGrain>(team.GetPrimaryKeyString().Split('/')[0]).AddTeam("Sales")).Id;

        var refused = await Assert.ThrowsAsync<PlatformException>(() =>
            employee.Assess("Planning", Competence.High, Commitment.High, TeamGate.Only(otherTeam)));

        Assert.Equal(PlatformErrorCode.Forbidden, refused.Code);
        var after = await StoredState(employee);
        Assert.Equal(before.RecentHistory, after.RecentHistory);
        Assert.Equal(before.AdoptionSequence, after.AdoptionSequence);
        Assert.Equal(LeadershipStyle.Coaching, (await employee.GetRecommendation("Planning"))!.Style);
    }

    [Fact]
    public async Task Assessment_record_carries_the_advice_given_at_that_moment()
    {
        _ = fixture.Grains;
        var (_, employee) = await NewEmployee();
        Assessment assessment = await employee.Assess("Planning", Competence.Low, Commitment.Low, TeamGate.AnyTeam);
        Assert.Equal(DevelopmentLevel.D2, assessment.Recommendation.DevelopmentLevel);
        Assert.Equal(LeadershipStyle.Coaching, assessment.Recommendation.Style);
        Assert.False(string.IsNullOrWhiteSpace(assessment.Recommendation.Rationale));
    }
}
