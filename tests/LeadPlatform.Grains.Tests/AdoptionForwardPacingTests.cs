using System.Diagnostics;
using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.Adoption;
using Orleans.Runtime;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A busy manager's adoption changes go up paced (<see cref="AdoptionOptions"/>): after a burst the team takes them in
/// batches, at most one per interval and one write each, instead of one per change; every change still reaches the organisation.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AdoptionForwardPacingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Changes_one_after_another_reach_the_team_in_batches_at_most_one_per_interval_and_all_reach_the_organisation()
    {
        var grains = fixture.Grains;
        var (organisation, team) = await NewStructure.OrganisationWithTeam(grains);
        var manager = await team.AddManager("Mila");
        var adoption = grains.GetGrain<IManagerAdoptionGrain>(manager.Id);
        var teamId = team.GetPrimaryKeyString();
        var organisationLevel = grains.GetGrain<IAdoptionRollupGrain>(organisation.GetPrimaryKeyString());
        // The manager's own arrival has gone up first, so what follows counts only the assessments.
        await Eventually.Until(() => organisationLevel.Report(30), figures => figures.Managers == 1);
        var before = await Assessments(organisationLevel);
        var batchesBefore = await TeamBatches(grains, teamId);

        // One change at a time, each acknowledged before the next: without pacing each would go up on its own.
        const int changes = 20;
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < changes; n++)
            await adoption.RecordAll([new AdoptionEvent($"e{n}", AdoptionEventKind.Assessment, DateTimeOffset.UtcNow)
                { DevelopmentLevel = DevelopmentLevel.D3, Style = LeadershipStyle.Supporting }]);
        var elapsed = clock.Elapsed;

        await Eventually.Until(() => Assessments(organisationLevel), count => count >= before + changes);
        Assert.Equal(before + changes, await Assessments(organisationLevel));

        // The team forwards once per batch it took: its sequence counts them. A burst goes at once, then one per interval.
        var options = new AdoptionOptions();
        var allowed = options.ForwardBurst + 1 + (int)(elapsed / options.ForwardInterval);
        Assert.InRange(await TeamBatches(grains, teamId) - batchesBefore, 1, Math.Min(allowed, changes - 1));
    }

    private async Task<long> TeamBatches(IGrainFactory grains, string teamId)
    {
        var stored = new GrainState<AdoptionState>();
        await fixture.Storage.ReadStateAsync("adoption", grains.GetGrain<IAdoptionRollupGrain>(teamId).GetGrainId(), stored);
        return stored.State?.NextSequence ?? 0;
    }

    private static async Task<long> Assessments(IAdoptionReporter level) => (await level.Report(30)).DevelopmentLevels.Values.Sum();
}
