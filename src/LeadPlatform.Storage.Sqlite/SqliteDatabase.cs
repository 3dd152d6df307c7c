using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by a storage provider and its probe: connection settings,
/// lazy folder/schema creation and the in-process write gate.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    internal const string TableName = "grain_state";

    // How long SQLite itself waits on a lock held by another connection or process.
    private const int BusyTimeoutMilliseconds = 5_000;

    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly ILogger _logger;
    private volatile bool _initialized;

    public SqliteDatabase(SqliteGrainStorageOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        DirectoryPath = Path.GetFullPath(options.DataDirectory);
        FilePath = Path.Combine(DirectoryPath, options.FileName);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
        _logger = logger ?? NullLogger.Instance;
        GroupCommit = new SqliteGroupCommit(this);
    }

    public string DirectoryPath { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// SQLite allows one writer at a time; queueing writers here (asynchronously) is cheaper
    /// than letting them spin in SQLite's busy handler. Readers are not gated (WAL).
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>State writes, committed together when they arrive together (see <see cref="SqliteGroupCommit"/>).</summary>
    public SqliteGroupCommit GroupCommit { get; }

    public static void Validate(SqliteGrainStorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new ArgumentException(
                $"{nameof(SqliteGrainStorageOptions)}.{nameof(SqliteGrainStorageOptions.DataDirectory)} must be set.",
                nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.FileName)
            || options.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException(
                $"{nameof(SqliteGrainStorageOptions)}.{nameof(SqliteGrainStorageOptions.FileName)} must be a plain file name, got '{options.FileName}'.",
                nameof(options));
        }
    }

    /// <summary>Opens a pooled connection with the per-connection durability settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(DirectoryPath);
            await using var connection = await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);

            // journal_mode is stored in the file, so setting it once per process is enough.
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                var mode = (string?)await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    // Some file systems (e.g. network shares) cannot do WAL; SQLite keeps a rollback
                    // journal, which is still durable with synchronous=FULL, just slower.
                    _logger.LogWarning("SQLite grain store {Path} could not switch to WAL; journal mode is {Mode}.", FilePath, mode);
                }
            }

            await using (var schema = connection.CreateCommand())
            {
                schema.CommandText =
                    $"""
                    CREATE TABLE IF NOT EXISTS {TableName} (
                        "key"       TEXT NOT NULL PRIMARY KEY,
                        etag        TEXT NOT NULL,
                        payload     BLOB NOT NULL,
                        updated_utc TEXT NOT NULL
                    );
                    """;
                await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            // Only flip after success so a failed start (e.g. read-only folder) is retried next call.
            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    /// <summary>
    /// After SQLite failed on the file itself (I/O error, read-only, disk full), a pooled connection can keep failing
    /// once the cause is gone: the hardening fault tests saw ~30% of writes fail after a read-only file was made
    /// writable again. Dropping the pool makes every later open start clean; connections in use close when returned.
    /// </summary>
    public void ForgetConnectionsAfter(Exception failure)
    {
        if (failure is SqliteException) ClearPool();
    }

    /// <summary>Closes idle pooled connections so SQLite can checkpoint the WAL and release the file.</summary>
    public void Dispose() => ClearPool();

    private void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // These pragmas are per connection, so they are re-applied on every (pooled) open.
            // synchronous=FULL: a commit is fsynced before it is acknowledged, even in WAL mode.
            // secure_delete=ON: deleted or overwritten content is zeroed, so an erased person leaves no bytes behind (GDPR).
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA secure_delete=ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
