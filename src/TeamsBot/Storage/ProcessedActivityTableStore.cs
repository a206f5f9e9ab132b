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
/// redelivery is handled rather than lost. Claims and completions are conditional writes that know their own
/// retried attempt (<see cref="ConditionalWrites"/>), so a late storage answer never passes for a redelivery.
/// The answer kept for a redelivery is encrypted (<see cref="InvokeAnswerProtection"/>); rows from before that
/// hold it in plain JSON under <c>ResponseBody</c> and are still read.
/// </summary>
public sealed class ProcessedActivityTableStore(Tables tables, TimeProvider time, InvokeAnswerProtection answers) : IProcessedActivityStore
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);
    private const int MaxStoredResponseChars = 30_000;

    private TableClient Table => tables.Get(StorageFeature.ProcessedActivitiesTable);

    public async Task<ProcessingClaim> TryClaimAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Most activities arrive once: insert first, and read only when a row is there already.
        var claimed = await Table.ChangeAsync(PartitionKey(key), RowKey(key), current => Claim(key, current, now, answers), assumeAbsent: true, cancellationToken);
        return claimed.Outcome switch
        {
            ChangeOutcome.Written => claimed.Result with { Version = claimed.Row!.ETag.ToString() },
            ChangeOutcome.Unchanged => claimed.Result,
            _ => throw new InvalidOperationException($"The claim on activity {key.ActivityId} kept conflicting with other deliveries."),
        };
    }

    public async Task CompleteAsync(ProcessingClaim claim, InvokeResponse? response, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PartitionKey(claim.Key), RowKey(claim.Key))
        {
            ["Status"] = "done",
            ["ClaimedAt"] = time.GetUtcNow(),
        };
        if (response is not null)
        {
            var body = answers.Protect(JsonSerializer.Serialize(response.Body, ProtocolJson.Options));
            if (body.Length <= MaxStoredResponseChars)
            {
                entity["ResponseStatus"] = response.Status;
                entity["ProtectedResponseBody"] = body;
            }
        }

        var completed = await Table.TryReplaceAsync(entity, new ETag(claim.Version!), cancellationToken);
        if (!completed.Written)
        {
            throw new InvalidOperationException($"Activity {claim.Key.ActivityId} was handled, but its claim was released or taken over by a redelivery first.");
        }
    }

    public async Task ReleaseAsync(ProcessingClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(PartitionKey(claim.Key), RowKey(claim.Key), new ETag(claim.Version!), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Already gone (perhaps by an earlier attempt of this delete, answered late) or taken over by a
            // redelivery: nothing of ours to release.
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

    /// <summary>
    /// Claims an activity nobody holds, or one whose first handler died mid-turn (a claim left started for longer
    /// than <see cref="StaleAfter"/>); anything else is a redelivery, answered with the first handling's answer.
    /// </summary>
    private static RowChange<ProcessingClaim> Claim(ActivityKey key, TableEntity? current, DateTimeOffset now, InvokeAnswerProtection answers)
    {
        var abandoned = current is not null && current.GetString("Status") == "started"
            && now - (current.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue) > StaleAfter;
        if (current is not null && !abandoned)
        {
            return RowChange.None(new ProcessingClaim(key, true, StoredResponse(current, answers), null));
        }

        var claim = new TableEntity(PartitionKey(key), RowKey(key))
        {
            ["Status"] = "started",
            ["ClaimedAt"] = now,
        };
        return RowChange.To(claim, new ProcessingClaim(key, false, null, null));
    }

    private static InvokeResponse? StoredResponse(TableEntity entity, InvokeAnswerProtection answers)
    {
        var body = entity.GetString("ProtectedResponseBody") is { } stored ? answers.Unprotect(stored) : entity.GetString("ResponseBody");
        return entity.GetInt32("ResponseStatus") is { } status && body is not null
            ? new InvokeResponse(status, JsonSerializer.Deserialize<JsonElement>(body))
            : null;
    }

    private static string PartitionKey(ActivityKey key) => KeyEncoding.Encode($"{key.ChannelId}|{key.ConversationId}");

    private static string RowKey(ActivityKey key) => KeyEncoding.Encode(key.ActivityId);
}
