using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by a storage provider, its probe and the reminder table: connection settings,
/// lazy folder/schema creation and the in-process write gate.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    internal const string TableName = "grain_state";

    internal const string RemindersTableName = "reminders";

    // How long SQLite itself waits on a lock held by another connection or process.
    private const int BusyTimeoutMilliseconds = 5_000;

    // The commit connection's page cache (SQLite's default is 2 MiB): enough for the leaf pages of the recently written
    // grains, which a commit would otherwise read from the file again.
    private const int WriterCacheKibibytes = 32 * 1024;

    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly string _writerConnectionString;
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
        _writerConnectionString = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString();
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
        return await OpenConfiguredAsync(ConnectionString, "", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens the connection that group commits keep (<see cref="SqliteGroupCommit"/>): outside the pool, so closing it
    /// closes it, and with a larger page cache, which stays warm because no other connection writes between its commits.
    /// </summary>
    public async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConfiguredAsync(_writerConnectionString, $" PRAGMA cache_size=-{WriterCacheKibibytes};", cancellationToken)
            .ConfigureAwait(false);
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
            await using var connection = await OpenConfiguredAsync(ConnectionString, "", cancellationToken).ConfigureAwait(false);

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
                    CREATE TABLE IF NOT EXISTS {RemindersTableName} (
                        grain_id     TEXT    NOT NULL,
                        name         TEXT    NOT NULL,
                        grain_hash   INTEGER NOT NULL,
                        start_ticks  INTEGER NOT NULL,
                        period_ticks INTEGER NOT NULL,
                        etag         TEXT    NOT NULL,
                        PRIMARY KEY (grain_id, name)
                    );
                    CREATE INDEX IF NOT EXISTS {RemindersTableName}_by_hash ON {RemindersTableName} (grain_hash);
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

    /// <summary>Closes the commit connection and idle pooled connections so SQLite can checkpoint the WAL and release the file.</summary>
    public void Dispose()
    {
        GroupCommit.Dispose();
        ClearPool();
    }

    private void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static async Task<SqliteConnection> OpenConfiguredAsync(string connectionString, string morePragmas, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // These pragmas are per connection, so they are re-applied on every (pooled) open.
            // synchronous=FULL: a commit is fsynced before it is acknowledged, even in WAL mode.
            // secure_delete=ON: deleted or overwritten content is zeroed, so an erased person leaves no bytes behind (GDPR).
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA secure_delete=ON;{morePragmas}";
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
