using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Leadership;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A team answers for its members' current advice in one call, from copies of its members' answers: the answer is the
/// members' own, and never older than a change they acknowledged, whatever failed or deactivated in between.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TeamMemberAdviceTests(ClusterFixture fixture)
{
    private static async Task<(ITeamGrain Team, IEmployeeGrain[] Members)> NewTeam(IGrainFactory grains, int size = 3)
    {
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        await team.AddManager("Mila");
        var members = new IEmployeeGrain[size];
        for (var i = 0; i < size; i++) members[i] = grains.GetGrain<IEmployeeGrain>((await team.AddEmployee($"Member {i}")).Id);
        return (team, members);
    }

    private static async Task<LeadershipStyle?> StyleOf(ITeamGrain team, IEmployeeGrain member, string task) =>
        (await team.GetMembersWithRecommendation(task)).Single(m => m.Employee.Id == member.GetPrimaryKeyString()).Advice?.Style;

    [Fact]
    public async Task The_team_answers_what_each_member_answers_in_the_team_order()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        await members[0].Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        await members[2].Assess("  tickets ", Competence.High, Commitment.High, TeamGate.AnyTeam);

        foreach (var _ in new[] { "asked", "kept" })
        {
            var answer = await team.GetMembersWithRecommendation("TICKETS");
            Assert.Equal((await team.Get())!.EmployeeIds, answer.Select(m => m.Employee.Id));
            for (var i = 0; i < members.Length; i++)
            {
                Assert.Equal(await members[i].Get(), answer[i].Employee);
                Assert.Equal(await members[i].GetRecommendation("TICKETS"), answer[i].Advice);
            }
        }
        Assert.Null((await team.GetMembersWithRecommendation("Calls"))[0].Advice);
    }

    [Fact]
    public async Task An_acknowledged_assessment_or_crisis_shows_in_the_next_answer()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        await members[1].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(LeadershipStyle.Delegating, await StyleOf(team, members[1], "Tickets"));

        await members[1].Assess("Tickets", Competence.Low, Commitment.Low, TeamGate.AnyTeam);
        Assert.Equal(LeadershipStyle.Coaching, await StyleOf(team, members[1], "Tickets"));

        await team.SetCrisis(true, "CRM down");
        Assert.Equal(LeadershipStyle.Directing, await StyleOf(team, members[1], "Tickets"));
        Assert.True((await team.GetMembersWithRecommendation("Tickets"))[1].Advice!.CrisisOverride);

        await team.SetCrisis(false, null);
        Assert.Equal(LeadershipStyle.Coaching, await StyleOf(team, members[1], "Tickets"));
    }

    [Fact]
    public async Task A_member_tells_the_team_to_forget_only_once_it_may_have_answered_and_the_next_answer_is_never_older()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        var forgets = () => fixture.MemberAdviceFaults.ForgetsOf(members[0].GetPrimaryKeyString());

        // A new activation tells the team once (an earlier one may have answered); the team has not asked since.
        await members[0].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        await members[0].Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(1, forgets());
        Assert.Equal(LeadershipStyle.Directing, await StyleOf(team, members[0], "Tickets"));

        // The team asked and kept the answer: the next change tells it first.
        await members[0].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(2, forgets());
        Assert.Equal(LeadershipStyle.Delegating, await StyleOf(team, members[0], "Tickets"));
        await team.SetCrisis(true, null);
        Assert.Equal(3, forgets());
        Assert.Equal(LeadershipStyle.Directing, await StyleOf(team, members[0], "Tickets"));
        await team.SetCrisis(false, null);
        Assert.Equal(LeadershipStyle.Delegating, await StyleOf(team, members[0], "Tickets"));
        Assert.False((await team.GetMembersWithRecommendation("Tickets"))[0].Advice!.CrisisOverride);
    }

    [Fact]
    public async Task An_answer_still_on_its_way_while_the_member_changes_is_not_kept()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        // Assessed before the team ever asked: the member has no copy to make the team forget any more.
        await members[0].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);

        // The team has no copy: it asks, and the member's answer is held on its way back.
        var held = fixture.MemberAdviceFaults.HoldAnswerOf(members[0].GetPrimaryKeyString());
        var slowRead = team.GetMembersWithRecommendation("Tickets");
        await held.WaitAsync(TimeSpan.FromSeconds(10));
        await members[0].Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        fixture.MemberAdviceFaults.ReleaseAnswers();
        await slowRead;

        Assert.Equal(LeadershipStyle.Directing, await StyleOf(team, members[0], "Tickets"));
    }

    [Fact]
    public async Task Deactivated_teams_and_members_answer_from_what_was_saved()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        await members[0].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(LeadershipStyle.Delegating, await StyleOf(team, members[0], "Tickets"));

        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await members[0].Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(LeadershipStyle.Directing, await StyleOf(team, members[0], "Tickets"));

        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(LeadershipStyle.Directing, await StyleOf(team, members[0], "Tickets"));
    }

    [Fact]
    public async Task A_member_being_erased_is_not_found_as_when_read_alone()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        await members[1].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(3, (await team.GetMembersWithRecommendation("Tickets")).Length);

        await members[1].BeginErasure();

        Assert.Equal(PlatformErrorCode.NotFound, (await Assert.ThrowsAsync<PlatformException>(() => team.GetMembersWithRecommendation("Tickets"))).Code);
        await team.RemoveEmployee(members[1].GetPrimaryKeyString());
        Assert.DoesNotContain(members[1].GetPrimaryKeyString(), (await team.GetMembersWithRecommendation("Tickets")).Select(m => m.Employee.Id));
    }

    [Fact]
    public async Task One_member_read_from_the_team_is_the_members_own_answer_and_never_older_than_its_acknowledged_change()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        var id = members[1].GetPrimaryKeyString();
        await members[1].Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);

        foreach (var _ in new[] { "asked", "kept" })
            Assert.Equal(await members[1].GetWithRecommendation("TICKETS"), await team.GetMemberWithRecommendation(id, "TICKETS"));

        await members[1].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.Equal(LeadershipStyle.Delegating, (await team.GetMemberWithRecommendation(id, "Tickets"))!.Advice!.Style);
        await team.SetCrisis(true, "CRM down");
        Assert.True((await team.GetMemberWithRecommendation(id, "Tickets"))!.Advice!.CrisisOverride);
        Assert.Null((await team.GetMemberWithRecommendation(id, "Calls"))!.Advice);
    }

    [Fact]
    public async Task One_member_read_still_on_its_way_while_the_member_changes_is_not_kept()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        var id = members[0].GetPrimaryKeyString();
        await members[0].Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);

        var held = fixture.MemberAdviceFaults.HoldAnswerOf(id);
        var slowRead = team.GetMemberWithRecommendation(id, "Tickets");
        await held.WaitAsync(TimeSpan.FromSeconds(10));
        await members[0].Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        fixture.MemberAdviceFaults.ReleaseAnswers();
        await slowRead;

        Assert.Equal(LeadershipStyle.Directing, (await team.GetMemberWithRecommendation(id, "Tickets"))!.Advice!.Style);
    }

    [Fact]
    public async Task One_member_read_is_null_for_someone_not_in_the_team_or_being_erased()
    {
        var grains = fixture.Grains;
        var (team, members) = await NewTeam(grains);
        var (_, otherMembers) = await NewTeam(grains, size: 1);
        Assert.Null(await team.GetMemberWithRecommendation(otherMembers[0].GetPrimaryKeyString(), "Tickets"));
        Assert.NotNull(await team.GetMemberWithRecommendation(members[2].GetPrimaryKeyString(), "Tickets"));
        // A member who leaves the team takes the team's copy along: it is not served from memory afterwards.
        Assert.NotNull(await team.GetMemberWithRecommendation(members[1].GetPrimaryKeyString(), "Tickets"));
        await team.RemoveEmployee(members[1].GetPrimaryKeyString());
        Assert.Null(await team.GetMemberWithRecommendation(members[1].GetPrimaryKeyString(), "Tickets"));

        await members[2].BeginErasure();
        Assert.Null(await team.GetMemberWithRecommendation(members[2].GetPrimaryKeyString(), "Tickets"));
        await team.RemoveEmployee(members[2].GetPrimaryKeyString());
        Assert.Null(await team.GetMemberWithRecommendation(members[2].GetPrimaryKeyString(), "Tickets"));
    }

    [Fact]
    public async Task A_copy_crosses_silos_intact()
    {
        var grains = fixture.Grains;
        var (_, members) = await NewTeam(grains, size: 1);
        await members[0].Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        var advice = (await members[0].GetMemberAdvice())!;
        var serializer = fixture.Cluster.ServiceProvider!.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<MemberAdvice>(serializer.SerializeToArray(advice))!;

        Assert.Equal(advice.Employee, copy.Employee);
        Assert.Equal(advice.TeamCrisis, copy.TeamCrisis);
        Assert.Equal(advice.LatestByTask.ToArray(), copy.LatestByTask.ToArray());
        Assert.Equal(advice.For("Tickets"), copy.For("Tickets"));
    }
}
