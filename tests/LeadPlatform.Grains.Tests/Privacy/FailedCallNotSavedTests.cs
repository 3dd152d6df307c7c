using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>
/// After a call fails, its activation is dropped so the next call reads what is stored (ReloadAfterFailureFilter). The
/// drop must not save the failed call's half-made change on the way out: an employee that had a delivered adoption fact
/// to note wrote its whole state at deactivation, so an assessment the manager was told had failed was stored anyway,
/// without its adoption fact.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class FailedCallNotSavedTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task An_assessment_that_failed_is_not_stored_by_the_deactivation_that_follows()
    {
        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains); // Jan and Sanne are assessed once each
        var jan = grains.GetGrain<IEmployeeGrain>(world.BeginnerId);
        for (var i = 2; i < EmployeeGrain.HistoryLayout.PageSize; i++)
            await jan.Assess($"Task {i}", Competence.Some, Commitment.Low, TeamGate.AnyTeam);
        // The last fact has reached the manager's adoption, so Jan has a delivery to note when the activation ends.
        await Eventually.Until(() => grains.GetGrain<IManagerAdoptionGrain>(world.ManagerId).Report(30),
            f => f.DevelopmentLevels.Values.Sum() == EmployeeGrain.HistoryLayout.PageSize);

        // The next assessment fills the open page, and the sealed page's write fails.
        PrivacyClusterFixture.Faults.FailOnce("historypage", "write");
        await Assert.ThrowsAnyAsync<Exception>(() => jan.Assess("The failed one", Competence.High, Commitment.High, TeamGate.AnyTeam));

        Assert.DoesNotContain(await jan.GetAssessmentComparisons(), c => c.Task == "The failed one");
        // Sent again, it is stored once.
        await jan.Assess("The failed one", Competence.High, Commitment.High, TeamGate.AnyTeam);
        Assert.Single(await jan.GetAssessmentComparisons(), c => c.Task == "The failed one");
    }
}
