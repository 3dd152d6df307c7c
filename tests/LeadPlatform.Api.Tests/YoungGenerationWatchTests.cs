using LeadPlatform.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeadPlatform.Api.Tests;

/// <summary>The rule that forces a gen1 collection when gen0 keeps marking the same survivors, and its registration.</summary>
[Collection(HostCollection.Name)]
public sealed class YoungGenerationWatchTests(HostFixture fixture)
{
    private const long MiB = 1 << 20;

    /// <summary>Feeds readings of gen0 collections after a first one at gen1 = 5, each keeping <paramref name="survived"/>.</summary>
    private static bool[] Observe(YoungGenerationResidue rule, int gen0Collections, long survived, int generation = 0)
    {
        rule.Observe(new GcReading(100, 5, 1, 0));
        return Enumerable.Range(1, gen0Collections).Select(n => rule.Observe(new GcReading(100 + n, 5, generation, survived))).ToArray();
    }

    [Fact]
    public void Ten_gen0_collections_without_a_gen1_the_latest_keeping_a_mebibyte_call_for_one()
    {
        var answers = Observe(YoungGenerationResidue.Default(), 10, 4 * MiB);
        Assert.Equal([.. Enumerable.Repeat(false, 9), true], answers);
    }

    [Fact]
    public void Survivors_under_a_mebibyte_are_left_to_the_gc()
    {
        Assert.DoesNotContain(true, Observe(YoungGenerationResidue.Default(), 30, MiB - 1));
    }

    [Fact]
    public void A_latest_collection_of_gen1_is_not_a_gen0_residue()
    {
        Assert.DoesNotContain(true, Observe(YoungGenerationResidue.Default(), 30, 8 * MiB, generation: 1));
    }

    [Fact]
    public void A_gen1_collection_forced_or_not_starts_the_count_again()
    {
        var rule = YoungGenerationResidue.Default();
        Assert.True(Observe(rule, 12, 8 * MiB)[^1]);
        Assert.False(rule.Observe(new GcReading(113, 6, 1, 8 * MiB)));
        var after = Enumerable.Range(1, 10).Select(n => rule.Observe(new GcReading(113 + n, 6, 0, 8 * MiB))).ToArray();
        Assert.Equal([.. Enumerable.Repeat(false, 9), true], after);
    }

    [Fact]
    public void The_host_runs_the_watch_by_default()
    {
        Assert.Contains(fixture.Host.Services.GetServices<IHostedService>(), service => service is YoungGenerationWatch);
    }

    [Fact]
    public async Task The_watch_can_be_switched_off()
    {
        await using var host = new TestHost(extra: new Dictionary<string, string?> { [YoungGenerationWatch.EnabledKey] = "false" });
        await host.Graph("{ me { role } }");
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), service => service is YoungGenerationWatch);
        host.DeleteData();
    }
}
