using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// Group commit for state (and reminder) writes. Each write is one fsync'd commit in SQLite (synchronous=FULL), so one write
/// per transaction caps the store at the disk's fsyncs per second (a few hundred). Writers that arrive while a
/// commit is in flight queue up; whoever holds the write gate next runs every queued write in ONE transaction
/// and one fsync, then completes each writer with its own row count. A write is still acknowledged only after
/// the commit that contains it is durable; a failed commit fails every write in it (none of them landed).
/// </summary>
internal sealed class SqliteGroupCommit(SqliteDatabase database) : IDisposable
{
    /// <summary>Most writes per transaction, so one commit's latency stays bounded.</summary>
    internal const int MaxBatch = 256;

    private readonly ConcurrentQueue<PendingWrite> _queue = new();

    /// <summary>Kept between commits (see <see cref="SqliteCommitConnection"/>); touched only holding the write gate.</summary>
    private SqliteCommitConnection? _connection;

    /// <summary>Runs an INSERT (expected etag null) or a conditional UPDATE; returns the rows it changed (0 = conflict).</summary>
    public Task<int> WriteAsync(string key, string? expectedEtag, string newEtag, byte[] payload, string updated, CancellationToken cancellationToken)
        => RunAsync(connection => connection.WriteAsync(key, expectedEtag, newEtag, payload, updated), cancellationToken);

    /// <summary>
    /// Runs <paramref name="apply"/> in the next group commit, on the kept connection inside its transaction; returns what
    /// it returns once the commit is durable. Other writes than grain state (reminders) share the commits this way.
    /// </summary>
    public async Task<int> RunAsync(Func<SqliteCommitConnection, Task<int>> apply, CancellationToken cancellationToken)
    {
        var write = new PendingWrite(apply);
        _queue.Enqueue(write);
        while (!write.Completion.Task.IsCompleted)
        {
            try
            {
                await database.WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (write.TryCancel())
            {
                // Nobody has taken it into a transaction yet, and now nobody will.
                throw;
            }
            catch (OperationCanceledException)
            {
                // A committer already took it: its outcome is decided by that commit, so wait for it.
                return await write.Completion.Task.ConfigureAwait(false);
            }

            try
            {
                // Another writer may have committed this write while we waited for the gate.
                if (!write.Completion.Task.IsCompleted) await CommitQueuedAsync().ConfigureAwait(false);
            }
            finally
            {
                database.WriteGate.Release();
            }
        }
        return await write.Completion.Task.ConfigureAwait(false);
    }

    /// <summary>Takes up to <see cref="MaxBatch"/> queued writes and commits them together. Called holding the write gate.</summary>
    private async Task CommitQueuedAsync()
    {
        var batch = new List<PendingWrite>(Math.Min(_queue.Count, MaxBatch));
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var queued))
        {
            if (queued.TryClaim()) batch.Add(queued);
        }
        if (batch.Count == 0) return;

        var rows = new int[batch.Count];
        try
        {
            _connection ??= await SqliteCommitConnection.OpenAsync(database).ConfigureAwait(false);
            await using var transaction = await _connection.BeginAsync().ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
            {
                rows[i] = await batch[i].Apply(_connection).ConfigureAwait(false);
            }
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Rolled back (or never begun): none of these writes is stored. The next commit starts on a new connection.
            await ForgetConnectionAsync().ConfigureAwait(false);
            database.ForgetConnectionsAfter(e);
            foreach (var write in batch) write.Completion.TrySetException(e);
            return;
        }
        for (var i = 0; i < batch.Count; i++) batch[i].Completion.TrySetResult(rows[i]);
    }

    /// <summary>Closes the kept connection (at shutdown), once any commit in flight is done; a stuck one keeps it.</summary>
    public void Dispose()
    {
        if (!database.WriteGate.Wait(TimeSpan.FromSeconds(10))) return;
        try
        {
            ForgetConnectionAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    private async ValueTask ForgetConnectionAsync()
    {
        if (_connection is null) return;
        var connection = _connection;
        _connection = null;
        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // Closing a connection that already failed may fail again; it is dropped either way.
        }
    }

    private sealed class PendingWrite(Func<SqliteCommitConnection, Task<int>> apply)
    {
        private const int Waiting = 0, Claimed = 1, Cancelled = 2;
        private int _state;

        public Func<SqliteCommitConnection, Task<int>> Apply { get; } = apply;

        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>A committer takes the write into its transaction (false when the writer gave up first).</summary>
        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Waiting) == Waiting;

        /// <summary>The writer gives up (false when a committer already took it).</summary>
        public bool TryCancel()
        {
            if (Interlocked.CompareExchange(ref _state, Cancelled, Waiting) != Waiting) return false;
            Completion.TrySetCanceled();
            return true;
        }
    }
}
