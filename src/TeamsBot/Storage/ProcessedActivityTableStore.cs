using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bot.Protocol;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;

namespace TeamsBot.Storage;

/// <summary>
/// Processed-once markers in Table Storage. A claim is an insert, so two deliveries racing each other
/// cannot both win; a claim left behind by a crash expires after <see cref="StaleAfter"/> so the
/// redelivery is handled rather than lost.
/// </summary>
public sealed class ProcessedActivityTableStore(Tables tables, TimeProvider time) : IProcessedActivityStore
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);
    private const int MaxStoredResponseChars = 30_000;

    private TableClient Table => tables.Get(StorageFeature.ProcessedActivitiesTable);

    public async Task<ProcessingClaim> TryClaimAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PartitionKey(key), KeyEncoding.Encode(key.ActivityId))
        {
            ["Status"] = "started",
            ["ClaimedAt"] = time.GetUtcNow(),
        };
        try
        {
            var added = await Table.AddEntityAsync(entity, cancellationToken);
            return new ProcessingClaim(key, false, null, added.Headers.ETag?.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await ExistingClaimAsync(key, entity, cancellationToken);
        }
    }

    public async Task CompleteAsync(ProcessingClaim claim, InvokeResponse? response, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PartitionKey(claim.Key), KeyEncoding.Encode(claim.Key.ActivityId))
        {
            ["Status"] = "done",
            ["ClaimedAt"] = time.GetUtcNow(),
        };
        if (response is not null)
        {
            var body = JsonSerializer.Serialize(response.Body, ProtocolJson.Options);
            if (body.Length <= MaxStoredResponseChars)
            {
                entity["ResponseStatus"] = response.Status;
                entity["ResponseBody"] = body;
            }
        }

        await Table.UpdateEntityAsync(entity, new ETag(claim.Version!), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task ReleaseAsync(ProcessingClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(PartitionKey(claim.Key), KeyEncoding.Encode(claim.Key.ActivityId), new ETag(claim.Version!), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Already gone or taken over by a redelivery: nothing of ours to release.
        }
    }

    /// <summary>
    /// Deletes markers older than <paramref name="age"/>. Teams redelivers within seconds to minutes,
    /// so a day-old marker protects nothing and only grows the table.
    /// </summary>
    public async Task<int> PurgeAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - age;
        var deleted = 0;
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ClaimedAt lt {cutoff}"),
            select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await Table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Taken over or deleted meanwhile: leave it.
            }
        }

        return deleted;
    }

    private async Task<ProcessingClaim> ExistingClaimAsync(ActivityKey key, TableEntity fresh, CancellationToken cancellationToken)
    {
        var existing = (await Table.GetEntityAsync<TableEntity>(fresh.PartitionKey, fresh.RowKey, cancellationToken: cancellationToken)).Value;
        var status = existing.GetString("Status");
        var claimedAt = existing.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue;
        if (status == "started" && time.GetUtcNow() - claimedAt > StaleAfter)
        {
            try
            {
                // The first handler died mid-turn; take its claim over, guarded by its ETag.
                var taken = await Table.UpdateEntityAsync(fresh, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return new ProcessingClaim(key, false, null, taken.Headers.ETag?.ToString());
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return new ProcessingClaim(key, true, null, null);
            }
        }

        return new ProcessingClaim(key, true, StoredResponse(existing), null);
    }

    private static InvokeResponse? StoredResponse(TableEntity entity) =>
        entity.GetInt32("ResponseStatus") is { } status && entity.GetString("ResponseBody") is { } body
            ? new InvokeResponse(status, JsonSerializer.Deserialize<JsonElement>(body))
            : null;

    private static string PartitionKey(ActivityKey key) => KeyEncoding.Encode($"{key.ChannelId}|{key.ConversationId}");
}
