using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// Embedded Orleans grain storage: one row per grain state in a single SQLite file.
/// Safe for concurrent use by many grains; writes use optimistic concurrency on the etag.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage
{
    private const string Table = SqliteDatabase.TableName;

    // Spans for storage work, under the platform's activity source name, so traces reach the store.
    private static readonly ActivitySource Tracing = new("LeadPlatform");

    private readonly SqliteDatabase _database;
    private readonly IGrainStorageSerializer _serializer;

    /// <summary>Creates a store over <c>{DataDirectory}/{FileName}</c>; the folder and schema are created on first use.</summary>
    public SqliteGrainStorage(SqliteGrainStorageOptions options, IGrainStorageSerializer serializer, ILogger<SqliteGrainStorage>? logger = null)
        : this(new SqliteDatabase(options, logger), serializer)
    {
    }

    internal SqliteGrainStorage(SqliteDatabase database, IGrainStorageSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(serializer);
        _database = database;
        _serializer = serializer;
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath => _database.FilePath;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        using var activity = Tracing.StartActivity("sqlite read " + stateName);
        var key = MakeKey(stateName, grainId);

        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT etag, payload FROM {Table} WHERE "key" = @key;""";
        command.Parameters.AddWithValue("@key", key);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var etag = reader.GetString(0);
        var payload = reader.GetFieldValue<byte[]>(1);
        grainState.State = _serializer.Deserialize<T>(BinaryData.FromBytes(payload));
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        using var activity = Tracing.StartActivity("sqlite write " + stateName);
        var key = MakeKey(stateName, grainId);
        var expected = grainState.ETag;
        var newEtag = Etags.New();

        // Serialise before taking the gate so other writers are not held up by it.
        var payload = Payload(_serializer.Serialize(grainState.State));

        // A null etag means the grain believes no row exists: insert, and treat an existing row as a conflict.
        // Otherwise update only the row with the expected etag. Concurrent writes share one commit (group commit).
        var rows = await _database.GroupCommit.WriteAsync(key, expected, newEtag, payload, UtcNowText(), cancellationToken).ConfigureAwait(false);

        if (rows == 0)
        {
            throw await ConflictAsync("write", key, expected, cancellationToken).ConfigureAwait(false);
        }

        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        using var activity = Tracing.StartActivity("sqlite clear " + stateName);
        var key = MakeKey(stateName, grainId);
        var expected = grainState.ETag;

        if (expected is null)
        {
            // Nothing to delete as far as the grain knows; a row written meanwhile by someone else is a conflict.
            var stored = await ReadStoredEtagAsync(key, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                throw Conflict("clear", key, stored, expected);
            }
        }
        else
        {
            int rows;
            await _database.WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = connection.CreateCommand();
                command.CommandText = $"""DELETE FROM {Table} WHERE "key" = @key AND etag = @expected;""";
                command.Parameters.AddWithValue("@key", key);
                command.Parameters.AddWithValue("@expected", expected);
                rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                // A clear is how personal data is erased: copy the WAL into the (zeroing) database file and truncate the
                // WAL, so the deleted bytes leave both files. Best effort: a busy checkpoint is repeated by the next clear.
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _database.WriteGate.Release();
            }

            if (rows == 0)
            {
                throw await ConflictAsync("clear", key, expected, cancellationToken).ConfigureAwait(false);
            }
        }

        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    // GrainId.ToString() is "{type}/{key}"; the state name goes first so one grain's states sort together.
    private static string MakeKey(string stateName, GrainId grainId)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateName);
        return $"{stateName}|{grainId}";
    }

    /// <summary>The serialised state as an array: the serialiser's own when it is exactly the state, else a copy.</summary>
    private static byte[] Payload(BinaryData serialized) =>
        MemoryMarshal.TryGetArray(serialized.ToMemory(), out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length
            ? whole.Array
            : serialized.ToArray();

    private static string UtcNowText() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private async Task<InconsistentStateException> ConflictAsync(string operation, string key, string? expected, CancellationToken cancellationToken)
    {
        // Only for the message: the row may change again right after this read.
        var stored = await ReadStoredEtagAsync(key, cancellationToken).ConfigureAwait(false);
        return Conflict(operation, key, stored, expected);
    }

    private static InconsistentStateException Conflict(string operation, string key, string? stored, string? expected)
        => new(
            $"SQLite grain storage {operation} conflict for '{key}': stored etag '{stored ?? "<none>"}', expected etag '{expected ?? "<none>"}'.",
            stored ?? string.Empty,
            expected ?? string.Empty);

    private async Task<string?> ReadStoredEtagAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT etag FROM {Table} WHERE "key" = @key;""";
        command.Parameters.AddWithValue("@key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
