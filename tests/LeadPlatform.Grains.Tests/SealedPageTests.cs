using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests;

/// <summary>A sealed page (history, session ids, audit) leaves memory once written, and reads back from the store afterwards.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SealedPageTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_written_history_page_is_deactivated_and_reads_back_from_the_store()
    {
        var page = fixture.Grains.GetGrain<IAssessmentHistoryPageGrain>($"{EntityId.New("emp")}/history-0");
        Assessment[] entries = [.. Enumerable.Range(0, 3).Select(i => new Assessment($"task {i}", Competence.Some, Commitment.Variable,
            SituationalLeadershipTable.Recommend(Competence.Some, Commitment.Variable), DateTimeOffset.UnixEpoch.AddMinutes(i)))];

        await page.Write(7, entries);

        Assert.False(await StaysActive(page.GetGrainId()));
        Assert.Equal(entries, await page.Read(7));
    }

    [Fact]
    public async Task A_written_session_id_page_is_deactivated_and_reads_back_by_its_number_only()
    {
        var employeeId = $"{EntityId.New("org")}/{EntityId.New("emp")}";
        var page = fixture.Grains.GetGrain<ISessionListPageGrain>($"{employeeId}/sessions-3");
        string[] ids = [.. Enumerable.Range(0, 3).Select(_ => EntityId.New("ses"))];

        await page.Write(3, ids);

        Assert.False(await StaysActive(page.GetGrainId()));
        Assert.Equal(ids, await page.Read(3));
        Assert.Empty(await page.Read(2));
    }

    [Fact]
    public async Task A_written_audit_page_is_deactivated_and_reads_back_from_the_store()
    {
        var page = fixture.Grains.GetGrain<IAuditLogPageGrain>($"{EntityId.New("org")}/auditpage-0");
        AuditEntry[] entries = [new(DateTimeOffset.UnixEpoch, "platform", "PlatformAdmin", null, "addEmployee", "emp-1", "")];

        await page.Write(entries);

        Assert.False(await StaysActive(page.GetGrainId()));
        Assert.Equal(entries, await page.Read());
    }

    /// <summary>Whether the grain is still active after a few seconds (the cluster's collection age is far longer).</summary>
    private async Task<bool> StaysActive(GrainId id) => await Eventually.Until(
        async () => (await fixture.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics()).Any(grain => grain.GrainId == id),
        active => !active, timeoutMs: 5_000);
}
