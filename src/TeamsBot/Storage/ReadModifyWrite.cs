using Azure.Data.Tables;

namespace TeamsBot.Storage;

/// <summary>
/// What a change decides for the row as it was read: write <paramref name="Write"/> (an insert when there was no
/// row, else a replace under the read row's ETag), or, when it is null, leave the row as it is. Either way the
/// caller gets <paramref name="Result"/>.
/// </summary>
public readonly record struct RowChange<T>(TableEntity? Write, T Result);

public static class RowChange
{
    public static RowChange<T> To<T>(TableEntity write, T result) => new(write, result);

    public static RowChange<T> None<T>(T result) => new(null, result);
}

public enum ChangeOutcome
{
    /// <summary>The change was written and stands.</summary>
    Written,

    /// <summary>The change decided that the row needed no write.</summary>
    Unchanged,

    /// <summary>Other writers changed the row between every read and write; nothing of ours was written.</summary>
    GaveUp,
}

/// <summary>The outcome of <see cref="ReadModifyWrite.ChangeAsync"/>.</summary>
/// <param name="Outcome">Written, unchanged, or given up.</param>
/// <param name="Result">What the change decided on the row it last saw; default when given up.</param>
/// <param name="Row">The row as last read or written (with its ETag), or null when there is none.</param>
public sealed record ChangeResult<T>(ChangeOutcome Outcome, T Result, TableEntity? Row)
{
    /// <summary>The result, or an exception naming <paramref name="what"/> when other writers kept the change from landing.</summary>
    public T ResultOrThrow(string what) =>
        Outcome != ChangeOutcome.GaveUp ? Result : throw new InvalidOperationException($"{what} kept conflicting with other writes.");
}

/// <summary>
/// The one read-modify-write loop for table rows: read, apply a pure change, write it conditionally (see
/// <see cref="ConditionalWrites"/>), and on a conflict apply the change again to what the other writer left.
/// </summary>
public static class ReadModifyWrite
{
    /// <summary>
    /// Attempts before giving up. Each conflict means another writer's change landed, so with fewer writers than
    /// this at once on one row, a change is never given up on.
    /// </summary>
    public const int MaxAttempts = 10;

    /// <inheritdoc cref="ChangeAsync{T}(TableClient, string, string, Func{TableEntity?, RowChange{T}}, bool, CancellationToken)"/>
    public static Task<ChangeResult<T>> ChangeAsync<T>(this TableClient table, string partitionKey, string rowKey,
        Func<TableEntity?, RowChange<T>> change, CancellationToken cancellationToken) =>
        table.ChangeAsync(partitionKey, rowKey, change, assumeAbsent: false, cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the row and writes the outcome, however many writers race it.</summary>
    /// <param name="table">The table.</param>
    /// <param name="partitionKey">The row's partition key.</param>
    /// <param name="rowKey">The row's key.</param>
    /// <param name="change">
    /// Decides from the row (null when there is none) what to write. Called again after each conflict, so it must
    /// have no side effects, and anything it writes must carry the same keys.
    /// </param>
    /// <param name="assumeAbsent">
    /// Skip the first read and try the change on no row: one round trip less where the row is usually new (a claim,
    /// a check-in). A row that is there after all is read from the conflict, and the change applied to it.
    /// </param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    public static Task<ChangeResult<T>> ChangeAsync<T>(this TableClient table, string partitionKey, string rowKey,
        Func<TableEntity?, RowChange<T>> change, bool assumeAbsent, CancellationToken cancellationToken) =>
        table.ChangeAsync(partitionKey, rowKey, change, start: null, known: assumeAbsent, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> starting from <paramref name="lastSeen"/>, a row this instance wrote or read
    /// lately (with its ETag), instead of reading it first: one round trip less when it is still current. When it is
    /// not, the write meets a conflict, which reads the row as it is now, and the change is applied to that.
    /// </summary>
    public static Task<ChangeResult<T>> ChangeAsync<T>(this TableClient table, TableEntity lastSeen,
        Func<TableEntity?, RowChange<T>> change, CancellationToken cancellationToken) =>
        table.ChangeAsync(lastSeen.PartitionKey, lastSeen.RowKey, change, start: lastSeen, known: true, cancellationToken);

    private static async Task<ChangeResult<T>> ChangeAsync<T>(this TableClient table, string partitionKey, string rowKey,
        Func<TableEntity?, RowChange<T>> change, TableEntity? start, bool known, CancellationToken cancellationToken)
    {
        var current = start;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (!known)
            {
                var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
                current = found.HasValue ? found.Value : null;
            }

            var decided = change(current);
            if (decided.Write is not { } write)
            {
                return new ChangeResult<T>(ChangeOutcome.Unchanged, decided.Result, current);
            }

            if (write.PartitionKey != partitionKey || write.RowKey != rowKey)
            {
                throw new InvalidOperationException($"A change of row {partitionKey}/{rowKey} tried to write row {write.PartitionKey}/{write.RowKey}.");
            }

            var written = current is null
                ? await table.TryInsertAsync(write, cancellationToken)
                : await table.TryReplaceAsync(write, current.ETag, cancellationToken);
            if (written.Written)
            {
                return new ChangeResult<T>(ChangeOutcome.Written, decided.Result, written.Row);
            }

            // The conflict already read what the other writer left: apply the change to that.
            current = written.Row;
            known = true;
        }

        return new ChangeResult<T>(ChangeOutcome.GaveUp, default!, current);
    }
}
