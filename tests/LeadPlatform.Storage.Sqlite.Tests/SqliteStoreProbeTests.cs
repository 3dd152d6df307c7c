namespace LeadPlatform.Storage.Sqlite.Tests;

public sealed class SqliteStoreProbeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Ping_succeeds_and_creates_the_database()
    {
        var probe = new SqliteStoreProbe(new SqliteGrainStorageOptions { DataDirectory = _dir.Path, FileName = "probe.db" });

        Assert.True(await probe.PingAsync(CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "probe.db")));
    }

    [Fact]
    public async Task Ping_fails_when_the_folder_cannot_be_created()
    {
        // A regular file where the folder should be.
        Directory.CreateDirectory(_dir.Path);
        var blocker = Path.Combine(_dir.Path, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        var probe = new SqliteStoreProbe(new SqliteGrainStorageOptions { DataDirectory = blocker });

        Assert.False(await probe.PingAsync(CancellationToken.None));
    }
}
