using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.Adoption;
using Orleans.Runtime;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A manager's adoption grain takes many employees' facts at once (the calls interleave and share writes): each fact is
/// counted once, a call returns only when its facts are stored, and the team and organisation receive each once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ManagerAdoptionBatchTests(ClusterFixture fixture)
{
    private IGrainStorage Storage => fixture.Storage;

    private static AdoptionEvent Assessment(string id) =>
        new(id, AdoptionEventKind.Assessment, DateTimeOffset.UtcNow) { DevelopmentLevel = DevelopmentLevel.D2, Style = LeadershipStyle.Coaching };

    [Fact]
    public async Task Concurrent_deliveries_are_each_counted_once_stored_before_they_return_and_passed_up_once()
    {
        var grains = fixture.Grains;
        var (organisation, team) = await NewStructure.OrganisationWithTeam(grains);
        var manager = await team.AddManager("Mila");
        var adoption = grains.GetGrain<IManagerAdoptionGrain>(manager.Id);

        // 40 employees deliver at once, some two facts in one call; every tenth call is repeated at the same time.
        var calls = Enumerable.Range(0, 40)
            .Select(n => n % 3 == 0 ? new[] { Assessment($"e{n}:a"), Assessment($"e{n}:b") } : new[] { Assessment($"e{n}:a") })
            .ToArray();
        var expected = calls.Sum(facts => facts.Length);
        await Task.WhenAll(calls.Select(facts => adoption.RecordAll(facts))
            .Concat(calls.Where((_, n) => n % 10 == 0).Select(facts => adoption.RecordAll(facts))));

        // Acknowledged means stored: every fact is in the saved state the moment the calls have returned.
        var stored = new GrainState<AdoptionState>();
        await Storage.ReadStateAsync("adoption", adoption.GetGrainId(), stored);
        Assert.Equal(calls.SelectMany(facts => facts).Select(fact => fact.EventId).Order(),
            stored.State!.SeenEvents.Keys.Where(id => id.StartsWith('e')).Order());
        Assert.Equal(expected, stored.State.Buckets.Values.Sum(vector => vector[(int)AdoptionCounter.AssessmentsD1 + (int)DevelopmentLevel.D2]));

        Assert.Equal(expected, (await adoption.Report(30)).DevelopmentLevels.Values.Sum());
        foreach (var level in new IAdoptionReporter[] { grains.GetGrain<IAdoptionRollupGrain>(team.GetPrimaryKeyString()), grains.GetGrain<IAdoptionRollupGrain>(organisation.GetPrimaryKeyString()) })
            Assert.Equal(expected, (await Eventually.Until(() => level.Report(30), figures => figures.DevelopmentLevels.Values.Sum() >= expected)).DevelopmentLevels.Values.Sum());
    }
}
