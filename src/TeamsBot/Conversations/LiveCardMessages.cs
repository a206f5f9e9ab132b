using Azure;
using Azure.Data.Tables;
using TeamsBot.Storage;

namespace TeamsBot.Conversations;

/// <summary>The message each live card was posted as, one row per key in the owning feature's table.</summary>
public sealed class LiveCardMessages(Tables tables)
{
    public sealed record Message(string ActivityId, string ConversationId, ETag ETag);

    public async Task<Message?> GetAsync(LiveCardKey key, CancellationToken cancellationToken)
    {
        var found = await tables.Get(key.Table).GetEntityIfExistsAsync<TableEntity>(
            KeyEncoding.Encode(key.Scope), KeyEncoding.Encode(key.Name), cancellationToken: cancellationToken);
        return found.HasValue
            ? new Message(found.Value!.GetString("ActivityId"), found.Value.GetString("ConversationId") ?? key.Scope, found.Value.ETag)
            : null;
    }

    /// <summary>The scopes that have a card of this name, e.g. the channels with a board today (a scan of the feature's table).</summary>
    public async Task<IReadOnlyList<string>> ScopesNamedAsync(string table, string name, CancellationToken cancellationToken)
    {
        List<string> scopes = [];
        await foreach (var row in tables.Get(table).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {KeyEncoding.Encode(name)}"),
            select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            scopes.Add(KeyEncoding.Decode(row.PartitionKey));
        }

        return scopes;
    }

    /// <summary>
    /// Forgets every card under a scope (e.g. a channel's boards, one a day), so nothing updates or reposts them: the
    /// scope is gone. A row already gone is no error.
    /// </summary>
    public async Task ForgetScopeAsync(string table, string scope, CancellationToken cancellationToken)
    {
        var rows = tables.Get(table);
        await foreach (var row in rows.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(scope)}"),
            select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await rows.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    /// <summary>
    /// Remembers the card's message. Conditional on what was read (insert, or ETag), so a card posted by another
    /// instance in the meantime is not silently overwritten, while our own save, retried by the storage client after
    /// a late answer, is known as ours. Returns what is now stored, or null on a conflict: the caller then reads again.
    /// </summary>
    public async Task<Message?> TrySaveAsync(LiveCardKey key, string activityId, string conversationId, Message? previous, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(KeyEncoding.Encode(key.Scope), KeyEncoding.Encode(key.Name))
        {
            ["ActivityId"] = activityId,
            ["ConversationId"] = conversationId,
        };
        var table = tables.Get(key.Table);
        var saved = previous is null
            ? await table.TryInsertAsync(entity, cancellationToken)
            : await table.TryReplaceAsync(entity, previous.ETag, cancellationToken);
        return saved.Written ? new Message(activityId, conversationId, saved.Row!.ETag) : null;
    }
}
