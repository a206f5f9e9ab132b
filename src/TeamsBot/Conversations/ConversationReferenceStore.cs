using Azure.Data.Tables;
using Bot.Protocol.Activities;
using TeamsBot.Storage;

namespace TeamsBot.Conversations;

/// <summary>A stored way to reach a channel or a user later, without an inbound activity.</summary>
public sealed record StoredConversation(string ServiceUrl, string? ConversationId, string? TenantId, string? BotId, string? BotName, string? Locale);

/// <summary>
/// Conversation references, refreshed from every activity the bot acts on (the serviceUrl can change).
/// Partition <c>channel</c>: keyed by the channel's root conversation id. Partition <c>user</c>: keyed by the
/// user's Teams id, holding their 1:1 chat id once known. Writes are merge-upserts: repeating one is harmless.
/// </summary>
public sealed class ConversationReferenceStore(Tables tables)
{
    private const string ChannelPartition = "channel";
    private const string UserPartition = "user";

    private TableClient Table => tables.Get(Tables.Conversations);

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = ConversationReference.From(activity);
        var userId = activity.From?.Id;
        if (activity.IsPersonal())
        {
            if (userId is not null)
            {
                await UpsertAsync(UserPartition, userId, reference, reference.ConversationId, activity.GetLocale(), cancellationToken);
            }

            return;
        }

        if (activity.IsChannel() && activity.GetRootConversationId() is { } channelId)
        {
            await UpsertAsync(ChannelPartition, channelId, reference, channelId, null, cancellationToken);
        }

        // Without a 1:1 chat id yet: enough to create one later (service, tenant, bot).
        if (userId is not null && activity.Type != ActivityTypes.ConversationUpdate)
        {
            await UpsertAsync(UserPartition, userId, reference, null, activity.GetLocale(), cancellationToken);
        }
    }

    public Task<StoredConversation?> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        GetAsync(ChannelPartition, channelId, cancellationToken);

    public Task<StoredConversation?> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        GetAsync(UserPartition, userId, cancellationToken);

    public Task SetPersonalConversationAsync(string userId, string conversationId, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(UserPartition, KeyEncoding.Encode(userId)) { ["ConversationId"] = conversationId },
            TableUpdateMode.Merge, cancellationToken);

    private Task UpsertAsync(string partition, string id, ConversationReference reference, string? conversationId, string? locale, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(partition, KeyEncoding.Encode(id))
        {
            ["ServiceUrl"] = reference.ServiceUrl,
            ["TenantId"] = reference.TenantId,
            ["BotId"] = reference.BotId,
            ["BotName"] = reference.BotName,
        };
        if (conversationId is not null)
        {
            entity["ConversationId"] = conversationId;
        }

        if (locale is not null)
        {
            entity["Locale"] = locale;
        }

        return Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    private async Task<StoredConversation?> GetAsync(string partition, string id, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(partition, KeyEncoding.Encode(id), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var e = found.Value!;
        return new StoredConversation(e.GetString("ServiceUrl"), e.GetString("ConversationId"), e.GetString("TenantId"),
            e.GetString("BotId"), e.GetString("BotName"), e.GetString("Locale"));
    }
}
