namespace LeadPlatform.Storage.Sqlite;

/// <summary>Where the embedded SQLite grain store keeps its database file.</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>Folder holding the database; created on first use. Relative paths resolve against the current directory.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>Database file name inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "grains.db";
}
