using System.Text;
using Orleans.Runtime;

namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>
/// Clearing a state is how personal data is erased (GDPR): afterwards none of its bytes may remain in the database,
/// its WAL or its shared-memory file (secure_delete zeroes freed content; the clear checkpoints and truncates the WAL).
/// </summary>
public sealed class SqliteEraseTests : IDisposable
{
    private const string StateName = "person";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_cleared_state_leaves_no_trace_in_the_database_wal_or_shared_memory_files()
    {
        var storage = new SqliteGrainStorage(new SqliteGrainStorageOptions { DataDirectory = _dir.Path }, TestSerializer.Value);
        var secret = "Zoë Geheim " + Guid.NewGuid().ToString("N");
        var person = GrainId.Create("test-person", Guid.NewGuid().ToString("N"));
        var neighbour = GrainId.Create("test-person", Guid.NewGuid().ToString("N"));
        var state = new TestGrainState<CounterState>(new CounterState { Count = 1, Note = secret });
        await storage.WriteStateAsync(StateName, neighbour, new TestGrainState<CounterState>(new CounterState { Note = "neighbour" }));
        // Several versions of the row: each update frees the previous copy.
        for (var i = 0; i < 3; i++)
        {
            state.State.Count = i;
            state.State.Note = $"{secret} (version {i})";
            await storage.WriteStateAsync(StateName, person, state);
        }
        Assert.True(Contains(secret), "the scan should find the state before it is cleared");

        await storage.ClearStateAsync(StateName, person, state);

        Assert.False(Contains(secret));
        var kept = new TestGrainState<CounterState>();
        await storage.ReadStateAsync(StateName, neighbour, kept);
        Assert.Equal("neighbour", kept.State.Note);
    }

    /// <summary>Whether any file of the store holds the text, as UTF-8 or UTF-16.</summary>
    private bool Contains(string text) => Directory.EnumerateFiles(_dir.Path).Any(path =>
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray().AsSpan();
        return bytes.IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
    });
}
