using Orleans.Runtime;

namespace LeadPlatform.Storage.Sqlite.Tests;

public sealed class SqliteReminderTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task An_upserted_reminder_reads_back_whole_with_the_etag_the_upsert_returned()
    {
        var table = CreateTable();
        var entry = Entry("manager/alice", "follow-up", new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc), TimeSpan.FromHours(1));

        var etag = await table.UpsertRow(entry);

        var read = await table.ReadRow(entry.GrainId, "follow-up");
        Assert.NotNull(read);
        Assert.Equal(entry.GrainId, read.GrainId);
        Assert.Equal("follow-up", read.ReminderName);
        Assert.Equal(entry.StartAt, read.StartAt);
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Equal(TimeSpan.FromHours(1), read.Period);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task Upserting_again_replaces_the_row_with_a_new_etag()
    {
        var table = CreateTable();
        var first = await table.UpsertRow(Entry("manager/alice", "follow-up", At(0), TimeSpan.FromHours(1)));

        var second = await table.UpsertRow(Entry("manager/alice", "follow-up", At(5), TimeSpan.FromMinutes(30)));

        Assert.NotEqual(first, second);
        var rows = await table.ReadRows(GrainId.Parse("manager/alice"));
        var only = Assert.Single(rows.Reminders);
        Assert.Equal(At(5), only.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(30), only.Period);
        Assert.Equal(second, only.ETag);
    }

    [Fact]
    public async Task A_missing_reminder_reads_as_null_and_a_grain_without_reminders_as_no_rows()
    {
        var table = CreateTable();
        await table.UpsertRow(Entry("manager/alice", "follow-up", At(0), TimeSpan.FromHours(1)));

        Assert.Null(await table.ReadRow(GrainId.Parse("manager/alice"), "other"));
        Assert.Null(await table.ReadRow(GrainId.Parse("manager/bob"), "follow-up"));
        Assert.Empty((await table.ReadRows(GrainId.Parse("manager/bob"))).Reminders);
    }

    [Fact]
    public async Task A_grain_reads_all_and_only_its_own_reminders()
    {
        var table = CreateTable();
        await table.UpsertRow(Entry("manager/alice", "follow-up", At(0), TimeSpan.FromHours(1)));
        await table.UpsertRow(Entry("manager/alice", "weekly", At(0), TimeSpan.FromDays(7)));
        await table.UpsertRow(Entry("manager/bob", "follow-up", At(0), TimeSpan.FromHours(1)));

        var rows = await table.ReadRows(GrainId.Parse("manager/alice"));

        Assert.Equal(["follow-up", "weekly"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.All(rows.Reminders, r => Assert.Equal(GrainId.Parse("manager/alice"), r.GrainId));
    }

    [Fact]
    public async Task A_range_read_returns_the_grains_hashed_into_it_and_a_wrapping_range_the_rest()
    {
        var table = CreateTable();
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Parse($"manager/m{i}")).ToList();
        foreach (var grain in grains) await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = At(0), Period = TimeSpan.FromHours(1) });
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        var (begin, end) = (hashes[9], hashes[29]); // (begin, end]: the 10th to the 29th hash, 20 grains

        var inside = await table.ReadRows(begin, end);
        var wrapping = await table.ReadRows(end, begin);
        var everything = await table.ReadRows(begin, begin);

        Assert.Equal(hashes.Where(h => h > begin && h <= end), inside.Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order());
        Assert.Equal(20, inside.Reminders.Count);
        Assert.Equal(20, wrapping.Reminders.Count);
        Assert.Empty(inside.Reminders.Select(r => r.GrainId).Intersect(wrapping.Reminders.Select(r => r.GrainId)));
        Assert.Equal(40, everything.Reminders.Count);
    }

    [Fact]
    public async Task Removing_needs_the_current_etag()
    {
        var table = CreateTable();
        var grain = GrainId.Parse("manager/alice");
        var stale = await table.UpsertRow(Entry("manager/alice", "follow-up", At(0), TimeSpan.FromHours(1)));
        var current = await table.UpsertRow(Entry("manager/alice", "follow-up", At(1), TimeSpan.FromHours(1)));

        Assert.False(await table.RemoveRow(grain, "follow-up", stale!));
        Assert.NotNull(await table.ReadRow(grain, "follow-up"));

        Assert.True(await table.RemoveRow(grain, "follow-up", current!));
        Assert.Null(await table.ReadRow(grain, "follow-up"));
        Assert.False(await table.RemoveRow(grain, "follow-up", current!));
    }

    [Fact]
    public async Task A_reminder_without_a_name_is_refused_and_nothing_is_stored()
    {
        var table = CreateTable();

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpsertRow(Entry("manager/alice", "", At(0), TimeSpan.FromHours(1))));
        await Assert.ThrowsAsync<ArgumentNullException>(() => table.UpsertRow(null!));

        Assert.Empty((await table.ReadRows(GrainId.Parse("manager/alice"))).Reminders);
    }

    [Fact]
    public async Task Reminders_are_in_the_file_so_a_new_process_reads_them()
    {
        var etag = await CreateTable().UpsertRow(Entry("manager/alice", "follow-up", At(0), TimeSpan.FromHours(1)));

        // A second table object over the same folder: what a restarted host opens.
        var read = await CreateTable().ReadRow(GrainId.Parse("manager/alice"), "follow-up");

        Assert.Equal(etag, read?.ETag);
    }

    [Fact]
    public async Task Reminders_and_grain_state_share_the_file_without_touching_each_other()
    {
        var storage = new SqliteGrainStorage(Options(), TestSerializer.Value);
        var table = CreateTable();
        var grain = GrainId.Parse("manager/alice");
        var state = new TestGrainState<CounterState>(new CounterState { Count = 3 });

        await storage.WriteStateAsync("s", grain, state);
        await table.UpsertRow(Entry("manager/alice", "follow-up", At(0), TimeSpan.FromHours(1)));
        await table.TestOnlyClearTable();

        var read = new TestGrainState<CounterState>();
        await storage.ReadStateAsync("s", grain, read);
        Assert.Equal(3, read.State.Count);
        Assert.Empty((await table.ReadRows(grain)).Reminders);
    }

    private SqliteReminderTable CreateTable() => new(Options());

    private SqliteGrainStorageOptions Options() => new() { DataDirectory = _dir.Path };

    private static ReminderEntry Entry(string grainId, string name, DateTime startAt, TimeSpan period)
        => new() { GrainId = GrainId.Parse(grainId), ReminderName = name, StartAt = startAt, Period = period };

    private static DateTime At(int minutes) => new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc).AddMinutes(minutes);
}
