using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.Tests.Privacy;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A call that fails on the store drops its activation (<see cref="Resilience.ReloadAfterFailureFilter"/>); the calls that
/// were waiting behind it must reach a fresh activation, not share a failure that was not theirs.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class ReloadAfterFailureTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task Calls_queued_behind_a_call_the_store_failed_are_answered_by_a_fresh_activation_with_what_was_stored()
    {
        var grains = fixture.Grains;
        var (_, team) = await NewStructure.OrganisationWithTeam(grains);
        var employee = grains.GetGrain<IEmployeeGrain>((await team.AddEmployee("Jan")).Id);
        await employee.Assess("Tickets", Competence.Low, Commitment.High, TeamGate.AnyTeam);
        var release = new TaskCompletionSource();
        PrivacyClusterFixture.Faults.HoldFailuresUntil(release.Task);
        PrivacyClusterFixture.Faults.FailOnce("employee", "write");

        var failing = employee.Assess("Tickets", Competence.High, Commitment.High, TeamGate.AnyTeam);
        // The grain is not reentrant: these wait behind the write the store holds, then fails.
        var queued = Enumerable.Range(0, 5).Select(_ => employee.GetAssessments()).ToList();
        await Task.Delay(200);
        release.SetResult();

        await Assert.ThrowsAnyAsync<Exception>(() => failing);
        Assert.True(PrivacyClusterFixture.Faults.AllUsed);
        foreach (var answer in await Task.WhenAll(queued))
            Assert.Equal(Competence.Low, Assert.Single(answer).Competence);
    }
}
