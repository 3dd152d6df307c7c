using Microsoft.Data.Sqlite;

namespace LeadPlatform.Storage.Sqlite.Tests;

/// <summary>A unique scratch folder, deleted (with its database files) on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        // Not created here: the storage must create its folder itself.
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leadplatform-sqlite-tests", Guid.NewGuid().ToString("N"));
    }

    public string Path { get; }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
