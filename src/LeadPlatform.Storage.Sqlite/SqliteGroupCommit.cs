using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace LeadPlatform.Storage.Sqlite;

/// <summary>
/// Group commit for state writes. Each write is one fsync'd commit in SQLite (synchronous=FULL), so one write
/// per transaction caps the store at the disk's fsyncs per second (a few hundred). Writers that arrive while a
/// commit is in flight queue up; whoever holds the write gate next runs every queued write in ONE transaction
/// and one fsync, then completes each writer with its own row count. A write is still acknowledged only after
/// the commit that contains it is durable; a failed commit fails every write in it (none of them landed).
/// </summary>
internal sealed class SqliteGroupCommit(SqliteDatabase database)
{
    /// <summary>Most writes per transaction, so one commit's latency stays bounded.</summary>
    internal const int MaxBatch = 256;

    private readonly ConcurrentQueue<PendingWrite> _queue = new();

    /// <summary>Runs an INSERT (expected etag null) or a conditional UPDATE; returns the rows it changed (0 = conflict).</summary>
    public async Task<int> WriteAsync(string key, string? expectedEtag, string newEtag, byte[] payload, string updated, CancellationToken cancellationToken)
    {
        var write = new PendingWrite(key, expectedEtag, newEtag, payload, updated);
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
            await using var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
            await using var insert = Command(connection, transaction,
                $"""
                 INSERT INTO {SqliteDatabase.TableName} ("key", etag, payload, updated_utc)
                 VALUES (@key, @etag, @payload, @updated)
                 ON CONFLICT ("key") DO NOTHING;
                 """);
            await using var update = Command(connection, transaction,
                $"""
                 UPDATE {SqliteDatabase.TableName} SET etag = @etag, payload = @payload, updated_utc = @updated
                 WHERE "key" = @key AND etag = @expected;
                 """);
            update.Parameters.Add("@expected", SqliteType.Text);

            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                var command = write.ExpectedEtag is null ? insert : update;
                command.Parameters["@key"].Value = write.Key;
                command.Parameters["@etag"].Value = write.NewEtag;
                command.Parameters["@payload"].Value = write.Payload;
                command.Parameters["@updated"].Value = write.Updated;
                if (write.ExpectedEtag is not null) command.Parameters["@expected"].Value = write.ExpectedEtag;
                rows[i] = await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Rolled back (or never begun): none of these writes is stored.
            database.ForgetConnectionsAfter(e);
            foreach (var write in batch) write.Completion.TrySetException(e);
            return;
        }
        for (var i = 0; i < batch.Count; i++) batch[i].Completion.TrySetResult(rows[i]);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add("@key", SqliteType.Text);
        command.Parameters.Add("@etag", SqliteType.Text);
        command.Parameters.Add("@payload", SqliteType.Blob);
        command.Parameters.Add("@updated", SqliteType.Text);
        return command;
    }

    private sealed class PendingWrite(string key, string? expectedEtag, string newEtag, byte[] payload, string updated)
    {
        private const int Waiting = 0, Claimed = 1, Cancelled = 2;
        private int _state;

        public string Key { get; } = key;
        public string? ExpectedEtag { get; } = expectedEtag;
        public string NewEtag { get; } = newEtag;
        public byte[] Payload { get; } = payload;
        public string Updated { get; } = updated;

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
