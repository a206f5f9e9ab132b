using Azure;
using Azure.Data.Tables;

namespace TeamsBot.Storage;

/// <summary>What a conditional write came to.</summary>
/// <param name="Written">True when the row now holds our write; false when another writer's change is in the way.</param>
/// <param name="Row">
/// When written: our row with its new ETag. Otherwise: the row as the other writer left it, or null when it is gone.
/// </param>
public sealed record WriteResult(bool Written, TableEntity? Row);

/// <summary>
/// Inserts and ETag-guarded replaces that tell a write of ours, retried by the storage SDK after its first attempt
/// was applied but answered too late, from another writer's change. Both meet 409 or 412 on the retry; only a
/// write id stamped into the row tells them apart. Every conditional write in the app goes through here.
/// </summary>
public static class ConditionalWrites
{
    /// <summary>The column holding the id of the write that last stored the row.</summary>
    public const string WriteIdProperty = "WriteId";

    /// <summary>Inserts the row; a conflict when a row with its keys exists that this call did not write.</summary>
    public static async Task<WriteResult> TryInsertAsync(this TableClient table, TableEntity entity, CancellationToken cancellationToken)
    {
        var writeId = Stamp(entity);
        try
        {
            var added = await table.AddEntityAsync(entity, cancellationToken);
            entity.ETag = added.Headers.ETag ?? default;
            return new WriteResult(true, entity);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await SettleAsync(table, entity, writeId, cancellationToken);
        }
    }

    /// <summary>
    /// Replaces the row if it still has <paramref name="ifMatch"/>; a conflict when it was changed or deleted by
    /// someone else meanwhile.
    /// </summary>
    public static async Task<WriteResult> TryReplaceAsync(this TableClient table, TableEntity entity, ETag ifMatch, CancellationToken cancellationToken)
    {
        var writeId = Stamp(entity);
        try
        {
            var replaced = await table.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, cancellationToken);
            entity.ETag = replaced.Headers.ETag ?? default;
            return new WriteResult(true, entity);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return await SettleAsync(table, entity, writeId, cancellationToken);
        }
    }

    /// <summary>
    /// Stamps a fresh write id into <paramref name="entity"/> and returns it. For writes the helpers here cannot make
    /// (a transaction): after such a write fails with a conflict, <see cref="HoldsWriteAsync"/> tells whether an
    /// earlier attempt of it was applied after all.
    /// </summary>
    public static string StampWriteId(TableEntity entity) => Stamp(entity);

    /// <summary>Whether the row holds the write stamped with <paramref name="writeId"/>.</summary>
    public static async Task<bool> HoldsWriteAsync(this TableClient table, string partitionKey, string rowKey, string writeId, CancellationToken cancellationToken)
    {
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select: [WriteIdProperty], cancellationToken: cancellationToken);
        return stored.HasValue && stored.Value!.GetString(WriteIdProperty) == writeId;
    }

    /// <summary>A fresh id per call: each SDK retry of this call sends the same one, a later call never does.</summary>
    private static string Stamp(TableEntity entity)
    {
        var writeId = Guid.NewGuid().ToString("N");
        entity[WriteIdProperty] = writeId;
        return writeId;
    }

    /// <summary>
    /// After a conflict: if the row carries our write id, an earlier attempt of this very call was applied and the
    /// conflict was with ourselves. If someone changed the row after that attempt, it is reported as their row: the
    /// caller then works from what is stored now, which is what an ETag-guarded write must do anyway.
    /// </summary>
    private static async Task<WriteResult> SettleAsync(TableClient table, TableEntity entity, string writeId, CancellationToken cancellationToken)
    {
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
        var row = stored.HasValue ? stored.Value : null;
        return new WriteResult(row?.GetString(WriteIdProperty) == writeId, row);
    }
}
