using Azure.Data.Tables;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using TeamsBot.Storage;

namespace TeamsBot.Conversations;

/// <summary>
/// What lets the bot reach someone it knows only by Entra object id: who that is in Teams (their per-bot Teams id),
/// a 1:1 chat created for them, and, per tenant, the service URL and bot identity to create one with. Rows:
/// partition = the Entra object id, row <c>person</c>; partition = the tenant id, row <c>service</c>. Written from
/// the activities the bot acts on; rows this instance wrote are remembered for a few minutes so unchanged ones are
/// not rewritten on every turn.
/// </summary>
public sealed class PeopleDirectory(Tables tables) : IDisposable
{
    private const string PersonRow = "person";
    private const string ServiceRow = "service";
    private readonly RecentRows<string> _written = new();

    private TableClient Table => tables.Get(ConversationsFeature.PeopleTable);

    /// <param name="UserPrincipalName">Their sign-in name, when a member list or look-up gave it: what Teams' call and chat links take.</param>
    public sealed record Entry(string? TeamsId, string? ConversationId, string? UserPrincipalName = null);

    public sealed record Service(string ServiceUrl, string TenantId, string? BotId, string? BotName);

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        var tenant = activity.GetTenantId();
        var person = activity.From is { Id: { } teamsId, AadObjectId: { Length: > 0 } entraId } && activity.From.Role != "bot"
            ? UpsertOnceAsync(entraId, PersonRow, new() { ["TeamsId"] = teamsId }, cancellationToken)
            : Task.CompletedTask;
        var service = tenant is not null && activity.ServiceUrl is { } serviceUrl
            ? UpsertOnceAsync(tenant, ServiceRow, new() { ["ServiceUrl"] = serviceUrl, ["BotId"] = activity.Recipient?.Id, ["BotName"] = activity.Recipient?.Name }, cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(person, service);
    }

    public async Task<Entry?> FindAsync(string entraId, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(entraId), PersonRow, cancellationToken: cancellationToken);
        return found.HasValue
            ? new Entry(found.Value!.GetString("TeamsId"), found.Value.GetString("ConversationId"), found.Value.GetString("UserPrincipalName"))
            : null;
    }

    /// <summary>
    /// Remembers what Teams said of a member (a member list, a member look-up): their Teams id and sign-in name, under
    /// their Entra object id. A member without one (a guest Teams gave none for) is not kept.
    /// </summary>
    public Task RememberMemberAsync(TeamsChannelAccount member, CancellationToken cancellationToken) =>
        member is { AadObjectId: { Length: > 0 } entraId, Id: { Length: > 0 } teamsId }
            ? UpsertOnceAsync(entraId, PersonRow, new() { ["TeamsId"] = teamsId, ["UserPrincipalName"] = member.UserPrincipalName }, cancellationToken)
            : Task.CompletedTask;

    /// <summary>The service to create chats with: the tenant's, or when no tenant is known, any the bot has seen.</summary>
    public async Task<Service?> GetServiceAsync(string? tenantId, CancellationToken cancellationToken)
    {
        var filter = tenantId is null
            ? TableClient.CreateQueryFilter($"RowKey eq {ServiceRow}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(tenantId)} and RowKey eq {ServiceRow}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return new Service(e.GetString("ServiceUrl"), KeyEncoding.Decode(e.PartitionKey), e.GetString("BotId"), e.GetString("BotName"));
        }

        return null;
    }

    public Task SetConversationAsync(string entraId, string conversationId, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(KeyEncoding.Encode(entraId), PersonRow) { ["ConversationId"] = conversationId },
            TableUpdateMode.Merge, cancellationToken);

    public void Dispose() => _written.Dispose();

    private async Task UpsertOnceAsync(string partition, string row, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var signature = string.Join('|', values.Select(v => $"{v.Key}={v.Value}"));
        var key = (partition, row);
        if (_written.TryGet(key, out var known) && known == signature)
        {
            return;
        }

        var entity = new TableEntity(KeyEncoding.Encode(partition), row);
        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            entity[name] = value;
        }

        // A merge keeps what other writers added (a created chat's id), so repeating it is harmless.
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
        _written.Keep(key, signature);
    }
}
