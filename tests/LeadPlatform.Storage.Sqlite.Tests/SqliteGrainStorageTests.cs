using Orleans.Runtime;
using Orleans.Storage;

namespace LeadPlatform.Storage.Sqlite.Tests;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private const string StateName = "counter";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Write_then_read_round_trips_state_and_etag()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        var written = new TestGrainState<CounterState>(new CounterState { Count = 7, Note = "seven" });

        await storage.WriteStateAsync(StateName, grain, written);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "grains.db")));

        var read = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(7, read.State.Count);
        Assert.Equal("seven", read.State.Note);
    }

    [Fact]
    public async Task Each_write_gets_a_new_etag()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        var state = new TestGrainState<CounterState>(new CounterState { Count = 1 });

        await storage.WriteStateAsync(StateName, grain, state);
        var first = state.ETag;
        state.State.Count = 2;
        await storage.WriteStateAsync(StateName, grain, state);

        Assert.NotNull(state.ETag);
        Assert.NotEqual(first, state.ETag);
    }

    [Fact]
    public async Task Reading_missing_state_gives_new_state_and_no_record()
    {
        var storage = CreateStorage();
        var read = new TestGrainState<CounterState>(new CounterState { Count = 99 }, "stale-etag") { RecordExists = true };

        await storage.ReadStateAsync(StateName, NewGrainId(), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.NotNull(read.State);
        Assert.Equal(0, read.State.Count);
    }

    [Fact]
    public async Task State_names_and_grains_are_kept_apart()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        await storage.WriteStateAsync("a", grain, new TestGrainState<CounterState>(new CounterState { Count = 1 }));

        var otherName = new TestGrainState<CounterState>();
        await storage.ReadStateAsync("b", grain, otherName);
        var otherGrain = new TestGrainState<CounterState>();
        await storage.ReadStateAsync("a", NewGrainId(), otherGrain);

        Assert.False(otherName.RecordExists);
        Assert.False(otherGrain.RecordExists);
    }

    [Fact]
    public async Task Stale_write_throws_inconsistent_state()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        await storage.WriteStateAsync(StateName, grain, new TestGrainState<CounterState>(new CounterState { Count = 1 }));

        var first = new TestGrainState<CounterState>();
        var second = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, first);
        await storage.ReadStateAsync(StateName, grain, second);

        first.State.Count = 2;
        await storage.WriteStateAsync(StateName, grain, first);

        second.State.Count = 3;
        var staleEtag = second.ETag;
        var ex = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, second));

        Assert.Equal(first.ETag, ex.StoredEtag);
        Assert.Equal(staleEtag, ex.CurrentEtag);
        Assert.Contains(first.ETag!, ex.Message);
        Assert.Contains(staleEtag!, ex.Message);
        Assert.Equal(staleEtag, second.ETag);

        var read = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(2, read.State.Count);
    }

    [Fact]
    public async Task Two_writers_starting_from_nothing_conflict_on_insert()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        var first = new TestGrainState<CounterState>(new CounterState { Count = 1 });
        var second = new TestGrainState<CounterState>(new CounterState { Count = 2 });

        await storage.WriteStateAsync(StateName, grain, first);
        var ex = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, second));

        Assert.Equal(first.ETag, ex.StoredEtag);
        Assert.Null(second.ETag);
        Assert.False(second.RecordExists);

        var read = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(1, read.State.Count);
    }

    [Fact]
    public async Task Write_after_someone_else_cleared_conflicts()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        var mine = new TestGrainState<CounterState>(new CounterState { Count = 1 });
        await storage.WriteStateAsync(StateName, grain, mine);

        var theirs = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, theirs);
        await storage.ClearStateAsync(StateName, grain, theirs);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, mine));
    }

    [Fact]
    public async Task Clear_removes_the_row_and_resets_the_state()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        var state = new TestGrainState<CounterState>(new CounterState { Count = 5 });
        await storage.WriteStateAsync(StateName, grain, state);

        await storage.ClearStateAsync(StateName, grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(0, state.State.Count);

        var read = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);

        // After a clear the grain starts over with an insert.
        state.State.Count = 6;
        await storage.WriteStateAsync(StateName, grain, state);
        Assert.True(state.RecordExists);
    }

    [Fact]
    public async Task Clear_with_stale_etag_throws_and_keeps_the_row()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();
        var stale = new TestGrainState<CounterState>(new CounterState { Count = 1 });
        await storage.WriteStateAsync(StateName, grain, stale);
        var staleEtag = stale.ETag;

        var current = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, current);
        current.State.Count = 2;
        await storage.WriteStateAsync(StateName, grain, current);

        var ex = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grain, stale));

        Assert.Equal(current.ETag, ex.StoredEtag);
        Assert.Equal(staleEtag, ex.CurrentEtag);
        Assert.Equal(staleEtag, stale.ETag);
        var read = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal(2, read.State.Count);
    }

    [Fact]
    public async Task Clear_without_etag_conflicts_when_a_row_exists_and_is_a_no_op_otherwise()
    {
        var storage = CreateStorage();
        var grain = NewGrainId();

        var nothing = new TestGrainState<CounterState>();
        await storage.ClearStateAsync(StateName, grain, nothing);
        Assert.False(nothing.RecordExists);

        await storage.WriteStateAsync(StateName, grain, new TestGrainState<CounterState>(new CounterState { Count = 1 }));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grain, new TestGrainState<CounterState>()));
    }

    [Fact]
    public async Task Data_survives_a_new_storage_object_on_the_same_file()
    {
        var grain = NewGrainId();
        var state = new TestGrainState<CounterState>(new CounterState { Count = 42, Note = "kept" });
        await CreateStorage().WriteStateAsync(StateName, grain, state);

        // Drop pooled connections too, so the second store really opens the file afresh.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var read = new TestGrainState<CounterState>();
        await CreateStorage().ReadStateAsync(StateName, grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal(42, read.State.Count);
        Assert.Equal("kept", read.State.Note);
    }

    [Fact]
    public async Task Concurrent_writes_to_different_grains_all_land()
    {
        const int grainCount = 200;
        var storage = CreateStorage();
        var grains = Enumerable.Range(0, grainCount).Select(_ => NewGrainId()).ToArray();

        await Task.WhenAll(grains.Select((grain, i) => Task.Run(() =>
            storage.WriteStateAsync(StateName, grain, new TestGrainState<CounterState>(new CounterState { Count = i })))));

        var fresh = CreateStorage();
        var etags = new HashSet<string>();
        for (var i = 0; i < grainCount; i++)
        {
            var read = new TestGrainState<CounterState>();
            await fresh.ReadStateAsync(StateName, grains[i], read);
            Assert.True(read.RecordExists, $"grain {i} missing");
            Assert.Equal(i, read.State.Count);
            Assert.True(etags.Add(read.ETag!), $"grain {i}'s etag {read.ETag} was given to another write too");
        }
    }

    [Fact]
    public async Task Database_uses_wal_journal()
    {
        var storage = CreateStorage();
        await storage.WriteStateAsync(StateName, NewGrainId(), new TestGrainState<CounterState>(new CounterState()));

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={storage.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Missing_data_directory_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new SqliteGrainStorage(new SqliteGrainStorageOptions(), TestSerializer.Value));
    }

    private SqliteGrainStorage CreateStorage()
        => new(new SqliteGrainStorageOptions { DataDirectory = _dir.Path }, TestSerializer.Value);

    private static GrainId NewGrainId() => GrainId.Create("test-counter", Guid.NewGuid().ToString("N"));
}
