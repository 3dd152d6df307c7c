using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.Tests.Privacy;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// An assessment sent again with its idempotency key (after an answer that never came, or a failed write) is kept and
/// counted once; without a key it is a second assessment.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class RetriedAssessmentTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task An_assessment_sent_again_with_its_key_is_answered_and_counted_once_and_without_one_is_counted_twice()
    {
        var grains = fixture.Grains;
        var (managerId, employee) = await TeamMember(grains);

        var first = await employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam, "monday");
        var again = await employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam, "monday");
        await employee.Assess("Calls", Competence.High, Commitment.High, TeamGate.AnyTeam);
        await employee.Assess("Calls", Competence.High, Commitment.High, TeamGate.AnyTeam);

        Assert.Equal(first, again);
        Assert.Equal(["Tickets", "Calls", "Calls"], (await employee.GetPersonalData()).Assessments.Select(a => a.Task));
        Assert.Equal(3, await SettledAssessmentCount(grains, managerId, 3));
    }

    [Fact]
    public async Task A_key_is_still_answered_after_a_newer_assessment_of_its_task_while_the_open_history_page_holds_it()
    {
        var grains = fixture.Grains;
        var (_, employee) = await TeamMember(grains);

        var first = await employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam, "monday");
        await employee.Assess("Tickets", Competence.Some, Commitment.Low, TeamGate.AnyTeam, "tuesday");
        var again = await employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam, "monday");

        Assert.Equal(first, again);
        Assert.Equal(2, (await employee.GetPersonalData()).Assessments.Length);
        // The newest assessment of the task is still tuesday's.
        Assert.Equal(Competence.Some, Assert.Single(await employee.GetAssessments()).Competence);
    }

    [Fact]
    public async Task A_failed_assessment_retried_with_its_key_is_kept_once_and_a_reused_key_is_a_conflict()
    {
        var grains = fixture.Grains;
        var (_, employee) = await TeamMember(grains);

        var assessment = await FailedAttempt.ThenRetried("employee", () => employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam, "monday"));
        foreach (var reuse in new Func<Task>[]
        {
            () => employee.Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam, "monday"),
            () => employee.Assess("Calls", Competence.Low, Commitment.High, TeamGate.AnyTeam, "monday"),
        })
            Assert.Equal(PlatformErrorCode.Conflict, (await Assert.ThrowsAsync<PlatformException>(reuse)).Code);

        Assert.Equal([assessment], (await employee.GetPersonalData()).Assessments);
    }

    [Fact]
    public async Task A_manager_of_another_team_is_refused_with_the_key_of_an_assessment_made()
    {
        var grains = fixture.Grains;
        var (_, employee) = await TeamMember(grains);
        await employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam, "monday");

        var refused = await Assert.ThrowsAsync<PlatformException>(() =>
            employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.Only("org-other/team-other"), "monday"));

        Assert.Equal(PlatformErrorCode.Forbidden, refused.Code);
    }

    /// <summary>Takes the test's <paramref name="grains"/>: the principal they carry is set in the test's own flow.</summary>
    private static async Task<(string ManagerId, IEmployeeGrain Employee)> TeamMember(IGrainFactory grains)
    {
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        var managerId = (await team.AddManager("Mila")).Id;
        return (managerId, grains.GetGrain<IEmployeeGrain>((await team.AddEmployee("Jan")).Id));
    }

    /// <summary>The assessments the manager's adoption counts once the expected ones arrived, and a moment more for any that should not come.</summary>
    private static async Task<long> SettledAssessmentCount(IGrainFactory grains, string managerId, int expected)
    {
        var adoption = grains.GetGrain<IManagerAdoptionGrain>(managerId);
        await Eventually.Until(() => adoption.Report(30), f => f.DevelopmentLevels.Values.Sum() >= expected);
        await Task.Delay(300);
        return (await adoption.Report(30)).DevelopmentLevels.Values.Sum();
    }
}
