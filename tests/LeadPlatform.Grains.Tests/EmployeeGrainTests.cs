using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class EmployeeGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private async Task<(ITeamGrain Team, IEmployeeGrain Employee)> NewEmployee()
    {
        var organisation = Grains.GetGrain<IOrganisationGrain>(EntityId.New("org"));
        await organisation.Create("Acme", null);
        var team = Grains.GetGrain<ITeamGrain>((await organisation.AddTeam("Support")).Id);
        var employee = await team.AddEmployee("Jan");
        return (team, Grains.GetGrain<IEmployeeGrain>(employee.Id));
    }

    [Fact]
    public async Task Recommendation_follows_the_newest_assessment_per_task()
    {
        _ = fixture.Grains;
        var (_, employee) = await NewEmployee();
        await employee.Assess("CRM migration", Competence.Low, Commitment.High);
        await employee.Assess("Customer calls", Competence.High, Commitment.High);
        await employee.Assess("crm   Migration", Competence.High, Commitment.Variable);

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
        await employee.Assess("Tickets", Competence.High, Commitment.High);

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
        await newcomer.Assess("Tickets", Competence.High, Commitment.High);
        Assert.True((await newcomer.GetRecommendation("Tickets"))!.CrisisOverride);
    }

    [Fact]
    public async Task History_is_bounded_while_the_newest_per_task_is_kept()
    {
        _ = fixture.Grains;
        var (_, employee) = await NewEmployee();
        for (var i = 0; i < EmployeeGrain.MaxHistory + 20; i++)
            await employee.Assess($"task {i % 3}", Competence.Some, Commitment.Variable);
        await employee.Assess("task 0", Competence.High, Commitment.High);

        Assert.Equal(3, (await employee.GetAssessments()).Length);
        Assert.Equal(LeadershipStyle.Delegating, (await employee.GetRecommendation("task 0"))!.Style);
    }

    [Fact]
    public async Task Assessment_record_carries_the_advice_given_at_that_moment()
    {
        _ = fixture.Grains;
        var (_, employee) = await NewEmployee();
        Assessment assessment = await employee.Assess("Planning", Competence.Low, Commitment.Low);
        Assert.Equal(DevelopmentLevel.D2, assessment.Recommendation.DevelopmentLevel);
        Assert.Equal(LeadershipStyle.Coaching, assessment.Recommendation.Style);
        Assert.False(string.IsNullOrWhiteSpace(assessment.Recommendation.Rationale));
    }
}
