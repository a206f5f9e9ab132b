using Azure.Data.Tables;
using Bot.Protocol.Activities;
using TeamsBot.Storage;

namespace TeamsBot.Conversations;

/// <summary>A stored way to reach a channel or a user later, without an inbound activity.</summary>
/// <param name="TeamId">For a channel: its team (<c>channelData.team.id</c>), so the bot leaving a team forgets all its channels.</param>
public sealed record StoredConversation(string ServiceUrl, string? ConversationId, string? TenantId, string? BotId, string? BotName, string? Locale,
    string? TeamId = null);

/// <summary>
/// Conversation references, refreshed from every activity the bot acts on (the serviceUrl can change).
/// Each reference is read by its id, so the id is the partition: row <c>channel</c> under the channel's root
/// conversation id, row <c>user</c> under the user's Teams id (holding their 1:1 chat id once known). No partition
/// holds everyone, so load spreads with the number of channels and users. Writes are merge-upserts: repeating one
/// is harmless, so they need no ETag. A channel row names its team, so the bot leaving a team can find every channel
/// it got an activity in there (<see cref="ChannelsOfTeamAsync"/>).
/// Every turn refreshes a reference and most turns then read it back, so rows this instance has seen are kept
/// in memory for a few minutes: an unchanged reference is not written again, and a read does not go to the table.
/// What this instance last wrote to a row is kept too (a merge leaves the fields it does not send, so the whole row is
/// unknown after it): the same values again within those minutes are not rewritten, while any change (a new
/// serviceUrl above all) is written before the turn's handler runs, as before.
/// </summary>
public sealed class ConversationReferenceStore(Tables tables) : IDisposable
{
    private const string ChannelRow = "channel";
    private const string UserRow = "user";

    private readonly RecentRows<StoredConversation> _known = new();
    private readonly RecentRows<StoredConversation> _written = new();

    private TableClient Table => tables.Get(ConversationsFeature.ConversationsTable);

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (IsBotLeaving(activity))
        {
            return; // Its references are being forgotten; a redelivery (this hook runs for those too) must not store them again.
        }

        var reference = ConversationReference.From(activity);
        var userId = activity.From?.Id;
        if (activity.IsPersonal())
        {
            if (userId is not null)
            {
                await UpsertAsync(UserRow, userId, reference, reference.ConversationId, activity.GetLocale(), null, cancellationToken);
            }

            return;
        }

        var channel = activity.IsChannel() && activity.GetRootConversationId() is { } channelId
            ? UpsertAsync(ChannelRow, channelId, reference, channelId, null, TeamsChannelData.From(activity).Team?.Id, cancellationToken)
            : Task.CompletedTask;

        // Without a 1:1 chat id yet: enough to create one later (service, tenant, bot).
        var user = userId is not null && activity.Type != ActivityTypes.ConversationUpdate
            ? UpsertAsync(UserRow, userId, reference, null, activity.GetLocale(), null, cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(channel, user);
    }

    public Task<StoredConversation?> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        GetAsync(ChannelRow, channelId, cancellationToken);

    public Task<StoredConversation?> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        GetAsync(UserRow, userId, cancellationToken);

    /// <summary>
    /// Remembers a 1:1 chat the bot created, with the service it was created at: the user's row may not exist yet (someone
    /// seen only in a conversationUpdate), and a row holding a chat id but no service URL could not be sent to.
    /// </summary>
    public async Task SetPersonalConversationAsync(string userId, string conversationId, string serviceUrl, CancellationToken cancellationToken)
    {
        var entity = Row(UserRow, userId);
        entity["ConversationId"] = conversationId;
        entity["ServiceUrl"] = serviceUrl;
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
        var key = (UserRow, userId);
        _written.Forget(key); // The row's service URL may now differ from what the refresh last wrote.
        if (_known.TryGet(key, out var known) && known is not null)
        {
            Keep(key, known with { ConversationId = conversationId, ServiceUrl = serviceUrl });
        }
    }

    /// <summary>Forgets a channel (deleted, or the bot left its team): nothing is sent there again.</summary>
    public Task ForgetChannelAsync(string channelId, CancellationToken cancellationToken) => ForgetAsync(ChannelRow, channelId, cancellationToken);

    /// <summary>
    /// The channels of a team the bot stored a reference for: any channel it got an activity in, not only General and
    /// the duty channel. The bot leaves a team rarely, so this scans the channel rows rather than keep an index per team.
    /// Rows stored before channel rows named their team are not found here until an activity in that channel rewrites them.
    /// </summary>
    public async Task<IReadOnlyList<string>> ChannelsOfTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        List<string> channels = [];
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ChannelRow} and TeamId eq {teamId}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            channels.Add(KeyEncoding.Decode(row.PartitionKey));
        }

        return channels;
    }

    /// <summary>Forgets a user's 1:1 chat (they removed the app): the chat cannot be written to any more.</summary>
    public Task ForgetUserAsync(string userId, CancellationToken cancellationToken) => ForgetAsync(UserRow, userId, cancellationToken);

    public void Dispose()
    {
        _known.Dispose();
        _written.Dispose();
    }

    /// <remarks>
    /// Only this instance's memory is cleared: another instance may hold the row for up to
    /// <see cref="RecentRows{TValue}.DefaultKeptFor"/>. That bound is accepted: the bot is no longer in that team or
    /// channel, so a proactive send from there is refused by the connector (403/404) and nothing arrives; and a turn
    /// there that finds its kept row unchanged does not write it again, so a team adding the bot back within those
    /// minutes may lack the row until that entry expires (any turn on another instance writes it at once). Re-reading
    /// before every send would undo what the memory is for: most turns read their reference back.
    /// </remarks>
    private async Task ForgetAsync(string kind, string id, CancellationToken cancellationToken)
    {
        Forget((kind, id));
        await Table.DeleteEntityAsync(KeyEncoding.Encode(id), kind, Azure.ETag.All, cancellationToken); // A row already gone is no error.
        Forget((kind, id)); // A turn that read or wrote the row meanwhile may have kept it.
    }

    /// <summary>The bot removed from the team or chat (<c>installationUpdate</c> remove, or itself among the members removed).</summary>
    private static bool IsBotLeaving(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
        || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Exists(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true);

    private async Task UpsertAsync(string kind, string id, ConversationReference reference, string? conversationId, string? locale, string? teamId,
        CancellationToken cancellationToken)
    {
        var key = (kind, id);
        var written = new StoredConversation(reference.ServiceUrl, conversationId, reference.TenantId, reference.BotId, reference.BotName, locale, teamId);
        var known = _known.TryGet(key, out var cached) ? cached : null;
        // The whole row, when this instance read it, says more than what it last wrote there.
        var unchanged = known is not null ? Merged(known, written) == known : _written.TryGet(key, out var last) && last == written;
        if (unchanged)
        {
            return; // The row already says all of this.
        }

        var entity = Row(kind, id);
        entity["ServiceUrl"] = written.ServiceUrl;
        AddIfKnown(entity, "ConversationId", written.ConversationId);
        AddIfKnown(entity, "TenantId", written.TenantId);
        AddIfKnown(entity, "BotId", written.BotId);
        AddIfKnown(entity, "BotName", written.BotName);
        AddIfKnown(entity, "Locale", written.Locale);
        AddIfKnown(entity, "TeamId", written.TeamId);
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);

        // A merge keeps fields it does not send, which are unknown here until the row is read whole.
        if (known is not null)
        {
            Keep(key, Merged(known, written));
        }

        _written.Keep(key, written);
    }

    private static void AddIfKnown(TableEntity entity, string name, string? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    private async Task<StoredConversation?> GetAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var key = (kind, id);
        if (_known.TryGet(key, out var known))
        {
            return known;
        }

        var found = await Table.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(id), kind, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var e = found.Value!;
        var stored = new StoredConversation(e.GetString("ServiceUrl"), e.GetString("ConversationId"), e.GetString("TenantId"),
            e.GetString("BotId"), e.GetString("BotName"), e.GetString("Locale"), e.GetString("TeamId"));
        Keep(key, stored);
        return stored;
    }

    /// <summary>What a merge-upsert of <paramref name="written"/> leaves in a row that held <paramref name="known"/>: values not sent (null) stay.</summary>
    private static StoredConversation Merged(StoredConversation known, StoredConversation written) => new(
        written.ServiceUrl,
        written.ConversationId ?? known.ConversationId,
        written.TenantId ?? known.TenantId,
        written.BotId ?? known.BotId,
        written.BotName ?? known.BotName,
        written.Locale ?? known.Locale,
        written.TeamId ?? known.TeamId);

    private static TableEntity Row(string kind, string id) => new(KeyEncoding.Encode(id), kind);

    private void Keep((string Kind, string Id) key, StoredConversation row) =>
        _known.Keep(key, row);

    private void Forget((string Kind, string Id) key)
    {
        _known.Forget(key);
        _written.Forget(key);
    }
}
