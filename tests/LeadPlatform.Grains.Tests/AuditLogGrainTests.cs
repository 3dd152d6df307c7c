using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Grains.State;
using Orleans.Storage;

namespace LeadPlatform.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class AuditLogGrainTests(ClusterFixture fixture)
{
    private static readonly int PageSize = AuditLogGrain.Layout.PageSize;

    [Fact]
    public async Task Entries_read_back_newest_first_across_sealed_pages_and_the_open_page()
    {
        var grains = fixture.Grains;
        var log = grains.GetGrain<IAuditLogGrain>(EntityId.New("org"));
        var appended = 2 * PageSize + 100;
        for (var i = 0; i < appended; i++) await log.Append(Entry(i));

        var all = await log.PageBelow(null, appended);
        Assert.Equal(appended, all.Total);
        Assert.Equal(Enumerable.Range(0, appended).Reverse().Select(Target), all.Entries.Select(e => e.TargetId));

        // A window crossing from the open page into the newest sealed page, and one inside the oldest sealed page.
        var crossing = await log.PageBelow(appended - 90, 20);
        Assert.Equal(90, crossing.Position);
        Assert.Equal(Enumerable.Range(appended - 110, 20).Reverse().Select(Target), crossing.Entries.Select(e => e.TargetId));
        Assert.Equal(["t-9", "t-8"], (await log.PageBelow(10, 2)).Entries.Select(e => e.TargetId));
        // The offsets gateways read by before entries were numbered still answer the same entries.
        Assert.Equal(crossing.Entries, (await log.Page(90, 20)).Entries);
        Assert.Empty((await log.PageBelow(0, 5)).Entries);
    }

    [Fact]
    public async Task The_page_below_an_entry_is_the_same_when_entries_are_appended_meanwhile()
    {
        var log = fixture.Grains.GetGrain<IAuditLogGrain>(EntityId.New("org"));
        for (var i = 0; i < PageSize + 5; i++) await log.Append(Entry(i));
        var first = await log.PageBelow(null, 3);
        Assert.Equal([PageSize + 4L, PageSize + 3L, PageSize + 2L], Enumerable.Range(0, 3).Select(first.SequenceOf));

        for (var i = PageSize + 5; i < PageSize + 9; i++) await log.Append(Entry(i));
        var next = await log.PageBelow(first.SequenceOf(2), 3);

        Assert.Equal(Enumerable.Range(PageSize - 1, 3).Reverse().Select(Target), next.Entries.Select(e => e.TargetId));
        Assert.Equal(PageSize + 1, next.SequenceOf(0));
    }

    [Fact]
    public async Task Only_the_kept_pages_stay_and_a_page_leaving_the_window_is_removed_from_the_store()
    {
        var grains = fixture.Grains;
        var tenant = EntityId.New("org");
        var log = grains.GetGrain<IAuditLogGrain>(tenant);
        var kept = AuditLogGrain.Layout.KeptPages * PageSize;
        var appended = kept + PageSize + 10;
        // In batches of concurrent appends (order within a batch is the grain's): the order itself is tested above.
        for (var batch = 0; batch < appended; batch += 100)
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(100, appended - batch)).Select(i => log.Append(Entry(i))));

        var oldest = await log.PageBelow(appended - (kept + 9), 5);
        Assert.Equal(kept + 10, oldest.Total);
        Assert.Single(oldest.Entries);
        Assert.InRange(int.Parse((await log.PageBelow(null, 1)).Entries.Single().TargetId![2..]), appended - 100, appended - 1);
        Assert.Empty(await grains.GetGrain<IAuditLogPageGrain>($"{tenant}/auditpage-0").Read());
        Assert.Equal(PageSize, (await grains.GetGrain<IAuditLogPageGrain>($"{tenant}/auditpage-1").Read()).Length);
    }

    [Fact]
    public async Task A_log_stored_as_one_list_before_pages_existed_is_sealed_into_pages_on_its_next_append()
    {
        var grains = fixture.Grains;
        var log = grains.GetGrain<IAuditLogGrain>(EntityId.New("org"));
        var stored = new GrainState<AuditLogState>(new AuditLogState { Entries = [.. Enumerable.Range(0, 3 * PageSize + 7).Select(Entry)] });
        await fixture.Storage.WriteStateAsync("audit", log.GetGrainId(), stored);

        await log.Append(Entry(3 * PageSize + 7));

        var all = await log.PageBelow(null, 4 * PageSize);
        Assert.Equal(3 * PageSize + 8, all.Total);
        Assert.Equal(Enumerable.Range(0, 3 * PageSize + 8).Reverse().Select(Target), all.Entries.Select(e => e.TargetId));
        Assert.Equal(PageSize, (await grains.GetGrain<IAuditLogPageGrain>($"{log.GetPrimaryKeyString()}/auditpage-2").Read()).Length);
    }

    private static string Target(int i) => $"t-{i}";

    private static AuditEntry Entry(int i) => new(DateTimeOffset.UnixEpoch.AddSeconds(i), "platform", "PlatformAdmin", null, "addEmployee", Target(i), "");
}
