using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;

namespace LeadPlatform.Grains.Tests.Privacy;

/// <summary>
/// An adoption grain sends a delta to the level above only once the write that holds it has succeeded. Sent while that
/// write was still under way, a delta whose write then failed was counted above although this level lost it; the
/// reloaded grain then gave the next delta the same sequence number, and the level above dropped it as a repeat.
/// </summary>
[Collection(PrivacyClusterCollection.Name)]
public sealed class AdoptionSentWhenDurableTests(PrivacyClusterFixture fixture)
{
    [Fact]
    public async Task A_delta_whose_write_is_under_way_stays_until_it_is_durable_and_a_failed_one_costs_no_count_above()
    {
        var grains = fixture.Grains;
        var faults = PrivacyClusterFixture.Faults;
        var (organisation, team) = await NewStructure.OrganisationWithTeam(grains);
        var teamAdoption = grains.GetGrain<IAdoptionRollupGrain>(team.GetPrimaryKeyString());
        var organisationAdoption = grains.GetGrain<IAdoptionRollupGrain>(organisation.GetPrimaryKeyString());
        var manager = $"{organisation.GetPrimaryKeyString()}/mgr-sender";
        var colleague = $"{organisation.GetPrimaryKeyString()}/mgr-colleague";

        // The team's first send waits at the organisation's write, so the team's send loop is under way...
        var organisationReleased = new TaskCompletionSource();
        var organisationWriting = faults.HoldNextWrite("adoption", organisationAdoption.GetGrainId(), organisationReleased.Task);
        await teamAdoption.ApplyBatch([Managers(manager, 1, 1)]);
        await organisationWriting;
        // ...when the team's write of a second delta begins, to fail.
        var teamReleased = new TaskCompletionSource();
        var teamWriting = faults.HoldNextWrite("adoption", teamAdoption.GetGrainId(), teamReleased.Task, fail: true);
        var second = teamAdoption.ApplyBatch([Managers(manager, 2, 10)]);
        await teamWriting;

        organisationReleased.SetResult(); // the loop goes on while the team's write is still under way
        var meanwhile = await Eventually.Until(() => organisationAdoption.Report(30), f => f.Managers > 1, timeoutMs: 2_000);
        Assert.Equal(1, meanwhile.Managers);

        teamReleased.SetResult();
        await Assert.ThrowsAnyAsync<Exception>(() => second);
        // The senders deliver again: a colleague's delta first, then the failed one.
        await teamAdoption.ApplyBatch([Managers(colleague, 1, 100)]);
        await teamAdoption.ApplyBatch([Managers(manager, 2, 10)]);

        Assert.Equal(111, (await teamAdoption.Report(30)).Managers);
        Assert.Equal(111, (await Eventually.Until(() => organisationAdoption.Report(30), f => f.Managers >= 111)).Managers);
    }

    private static AdoptionDelta Managers(string source, long sequence, long managers) => new(source, sequence, [], managers);
}
