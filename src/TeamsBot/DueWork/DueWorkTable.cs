using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using TeamsBot.Storage;

namespace TeamsBot.DueWork;

/// <summary>
/// The DueWork table: one row per scheduled item, partitioned by kind, keyed by the item's key. Every change to an
/// existing row is conditional on its ETag, so of two instances only one claims, completes or retries an item.
/// </summary>
internal sealed class DueWorkTable(Tables tables)
{
    public const string Name = "DueWork";

    public TableClient Client => tables.Get(Name);

    /// <summary>Writes the row whatever was there: a new schedule replaces the old one, claimed or not.</summary>
    public async Task<DueWorkRow> ReplaceAsync(DueWorkRow row, CancellationToken cancellationToken)
    {
        var response = await Client.UpsertEntityAsync(ToEntity(row), TableUpdateMode.Replace, cancellationToken);
        return row with { ETag = response.Headers.ETag ?? default };
    }

    /// <summary>Adds the row unless one exists for its kind and key; null when one does.</summary>
    public async Task<DueWorkRow?> AddIfAbsentAsync(DueWorkRow row, CancellationToken cancellationToken)
    {
        var written = await Client.TryInsertAsync(ToEntity(row), cancellationToken);
        return written.Written ? row with { ETag = written.Row!.ETag } : null;
    }

    public async Task<DueWorkRow?> GetAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var response = await Client.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(kind), KeyEncoding.Encode(key), cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>Deletes whatever schedule there is; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var response = await Client.DeleteEntityAsync(KeyEncoding.Encode(kind), KeyEncoding.Encode(key), ETag.All, cancellationToken);
        return response.Status != 404;
    }

    /// <summary>
    /// Replaces the row if nobody changed it since it was read; null when somebody did (or removed it). A claim retried by
    /// the storage client after a late answer is known as ours (<see cref="ConditionalWrites"/>), so it is not left to expire.
    /// </summary>
    public async Task<DueWorkRow?> TryUpdateAsync(DueWorkRow row, CancellationToken cancellationToken)
    {
        var written = await Client.TryReplaceAsync(ToEntity(row), row.ETag, cancellationToken);
        return written.Written ? row with { ETag = written.Row!.ETag } : null;
    }

    /// <summary>Deletes the row if nobody changed it since it was read (a reschedule during the run survives).</summary>
    public async Task<bool> TryDeleteAsync(DueWorkRow row, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Client.DeleteEntityAsync(KeyEncoding.Encode(row.Item.Kind), KeyEncoding.Encode(row.Item.Key), row.ETag, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    /// <summary>Rows due by <paramref name="now"/> and not given up on. Scans the table, which holds only pending work.</summary>
    public async IAsyncEnumerable<DueWorkRow> DueByAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"DueAt le {now} and Failed eq {false}");
        await foreach (var entity in Client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    private static TableEntity ToEntity(DueWorkRow row) => new(KeyEncoding.Encode(row.Item.Kind), KeyEncoding.Encode(row.Item.Key))
    {
        ["DueAt"] = row.Item.DueAt,
        ["Payload"] = row.Item.Payload,
        ["Version"] = row.Version,
        ["Attempts"] = row.Attempts,
        ["ClaimedUntil"] = row.ClaimedUntil,
        ["Failed"] = row.Failed,
    };

    private static DueWorkRow FromEntity(TableEntity entity) => new(
        new DueItem(KeyEncoding.Decode(entity.PartitionKey), KeyEncoding.Decode(entity.RowKey),
            entity.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue, entity.GetString("Payload")),
        entity.GetString("Version") ?? string.Empty,
        entity.GetInt32("Attempts") ?? 0,
        entity.GetDateTimeOffset("ClaimedUntil"),
        entity.GetBoolean("Failed") ?? false,
        entity.ETag);
}
