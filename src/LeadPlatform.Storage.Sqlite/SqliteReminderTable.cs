using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// Orleans reminders in the embedded SQLite store, next to the grain state: a reminder registered before a restart
/// ticks after it (Orleans' in-memory table forgets every reminder when the process stops). One row per grain and
/// reminder name. Writes share the store's group commits with the grain state (an import registers a reminder per manager).
/// </summary>
public sealed class SqliteReminderTable : IReminderTable
{
    private const string Table = SqliteDatabase.RemindersTableName;
    private const string Columns = "grain_id, name, start_ticks, period_ticks, etag";

    private readonly SqliteDatabase _database;

    /// <summary>A table in <c>{DataDirectory}/{FileName}</c>; the folder and schema are created on first use.</summary>
    public SqliteReminderTable(SqliteGrainStorageOptions options)
        : this(new SqliteDatabase(options))
    {
    }

    internal SqliteReminderTable(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task Init() => _database.EnsureInitializedAsync(CancellationToken.None);

    public Task<ReminderTableData> ReadRows(GrainId grainId)
        => ReadAsync($"SELECT {Columns} FROM {Table} WHERE grain_id = @grain;", parameters => parameters.AddWithValue("@grain", grainId.ToString()));

    /// <summary>Rows whose grain hash is in (begin, end]; when begin ≥ end the range wraps around the ring.</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var where = begin < end ? "grain_hash > @begin AND grain_hash <= @end" : "grain_hash > @begin OR grain_hash <= @end";
        return ReadAsync($"SELECT {Columns} FROM {Table} WHERE {where};", parameters =>
        {
            parameters.AddWithValue("@begin", (long)begin);
            parameters.AddWithValue("@end", (long)end);
        });
    }

    /// <summary>The reminder, or null when the grain has none of that name (as Orleans' own tables answer).</summary>
    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await ReadAsync($"SELECT {Columns} FROM {Table} WHERE grain_id = @grain AND name = @name;", parameters =>
        {
            parameters.AddWithValue("@grain", grainId.ToString());
            parameters.AddWithValue("@name", reminderName);
        }).ConfigureAwait(false);
        return rows.Reminders.Count == 0 ? null : rows.Reminders[0];
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.ReminderName);
        var etag = Etags.New();
        await WriteAsync(
            $"""
            INSERT INTO {Table} (grain_id, name, grain_hash, start_ticks, period_ticks, etag)
            VALUES (@grain, @name, @hash, @start, @period, @etag)
            ON CONFLICT (grain_id, name) DO UPDATE SET
                start_ticks = excluded.start_ticks, period_ticks = excluded.period_ticks, etag = excluded.etag;
            """,
            parameters =>
            {
                parameters.AddWithValue("@grain", entry.GrainId.ToString());
                parameters.AddWithValue("@name", entry.ReminderName);
                parameters.AddWithValue("@hash", (long)entry.GrainId.GetUniformHashCode());
                parameters.AddWithValue("@start", entry.StartAt.ToUniversalTime().Ticks);
                parameters.AddWithValue("@period", entry.Period.Ticks);
                parameters.AddWithValue("@etag", etag);
            }).ConfigureAwait(false);
        return etag;
    }

    /// <summary>Removes the reminder only if it still has <paramref name="eTag"/>; false when it is gone or was changed since.</summary>
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var rows = await WriteAsync(
            $"DELETE FROM {Table} WHERE grain_id = @grain AND name = @name AND etag = @etag;",
            parameters =>
            {
                parameters.AddWithValue("@grain", grainId.ToString());
                parameters.AddWithValue("@name", reminderName);
                parameters.AddWithValue("@etag", eTag);
            }).ConfigureAwait(false);
        return rows == 1;
    }

    public Task TestOnlyClearTable() => WriteAsync($"DELETE FROM {Table};", _ => { });

    /// <summary>One statement in the store's next group commit; the rows it changed, once that commit is durable.</summary>
    private Task<int> WriteAsync(string sql, Action<SqliteParameterCollection> bind)
        => _database.GroupCommit.RunAsync(connection => connection.ExecuteAsync(sql, bind), CancellationToken.None);

    private async Task<ReminderTableData> ReadAsync(string sql, Action<SqliteParameterCollection> bind)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }
        return new ReminderTableData(entries);
    }
}
