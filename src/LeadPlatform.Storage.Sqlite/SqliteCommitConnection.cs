using Microsoft.Data.Sqlite;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// The one connection group commits run on, with its two state statements prepared once, kept open between commits. A pooled
/// connection per commit cost more than its opening: SQLite drops a connection's page cache whenever another connection
/// changed the file, and the pool hands out whichever connection is idle, so each commit read the pages it was about to
/// update from the file again. Used only by the holder of the write gate.
/// </summary>
internal sealed class SqliteCommitConnection : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private SqliteTransaction? _transaction;

    private SqliteCommitConnection(SqliteConnection connection)
    {
        _connection = connection;
        _insert = Command(
            $"""
             INSERT INTO {SqliteDatabase.TableName} ("key", etag, payload, updated_utc)
             VALUES (@key, @etag, @payload, @updated)
             ON CONFLICT ("key") DO NOTHING;
             """);
        _update = Command(
            $"""
             UPDATE {SqliteDatabase.TableName} SET etag = @etag, payload = @payload, updated_utc = @updated
             WHERE "key" = @key AND etag = @expected;
             """);
        _update.Parameters.Add("@expected", SqliteType.Text);
    }

    public static async Task<SqliteCommitConnection> OpenAsync(SqliteDatabase database) =>
        new(await database.OpenWriterAsync(CancellationToken.None).ConfigureAwait(false));

    public async Task<SqliteTransaction> BeginAsync()
    {
        var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        _insert.Transaction = transaction;
        _update.Transaction = transaction;
        _transaction = transaction;
        return transaction;
    }

    /// <summary>An INSERT (expected etag null) or a conditional UPDATE in the open transaction; the rows it changed (0 = conflict).</summary>
    public Task<int> WriteAsync(string key, string? expectedEtag, string newEtag, byte[] payload, string updated)
    {
        var command = expectedEtag is null ? _insert : _update;
        command.Parameters["@key"].Value = key;
        command.Parameters["@etag"].Value = newEtag;
        command.Parameters["@payload"].Value = payload;
        command.Parameters["@updated"].Value = updated;
        if (expectedEtag is not null) command.Parameters["@expected"].Value = expectedEtag;
        return command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>Any other statement in the open transaction (reminders); the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync().ConfigureAwait(false);
        await _update.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("@key", SqliteType.Text);
        command.Parameters.Add("@etag", SqliteType.Text);
        command.Parameters.Add("@payload", SqliteType.Blob);
        command.Parameters.Add("@updated", SqliteType.Text);
        return command;
    }
}
