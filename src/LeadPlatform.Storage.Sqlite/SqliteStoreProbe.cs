using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>Readiness check for the SQLite grain store: can the folder and file be opened and queried.</summary>
public sealed class SqliteStoreProbe
{
    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;

    /// <summary>Creates a probe for <c>{DataDirectory}/{FileName}</c>.</summary>
    public SqliteStoreProbe(SqliteGrainStorageOptions options, ILogger<SqliteStoreProbe>? logger = null)
        : this(new SqliteDatabase(options, logger), logger)
    {
    }

    internal SqliteStoreProbe(SqliteDatabase database, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Full path of the database file being probed.</summary>
    public string FilePath => _database.FilePath;

    /// <summary>
    /// Runs <c>SELECT 1</c> against the store (creating folder and schema if needed, which also proves
    /// the folder is writable). Returns false on failure; cancellation is rethrown.
    /// </summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return result is long one && one == 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A health check reports, it does not throw: the caller turns false into "not ready".
            _logger.LogWarning(ex, "SQLite grain store {Path} is not reachable.", _database.FilePath);
            return false;
        }
    }
}
