using System.Text.Json.Nodes;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using TeamsBot.Storage;

namespace TeamsBot.Conversations;

/// <summary>
/// Sends to a user's 1:1 chat with the bot, creating that chat once and remembering its id.
/// Personal things (rituals, notes) go here, never to the channel.
/// </summary>
public sealed class PersonalChat(ConversationReferenceStore references, IConnectorClient connector, ILogger<PersonalChat> log)
{
    /// <summary>Sends the message; false (and logged) when the user cannot be reached. Never throws for that.</summary>
    public async Task<bool> TrySendAsync(string userId, Activity message, CancellationToken cancellationToken)
    {
        try
        {
            var user = await references.GetUserAsync(userId, cancellationToken)
                ?? throw new InvalidOperationException("No conversation reference is stored for the user.");
            var conversationId = user.ConversationId ?? await CreateAsync(userId, user, cancellationToken);
            message.From ??= new ChannelAccount { Id = user.BotId, Name = user.BotName };
            message.Conversation = new ConversationAccount { Id = conversationId, IsGroup = false };
            await connector.SendToConversationAsync(user.ServiceUrl, conversationId, message, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or InvalidOperationException || StorageFailure.IsUnavailable(e))
        {
            Log.PersonalMessageFailed(log, e, userId);
            return false;
        }
    }

    private async Task<string> CreateAsync(string userId, StoredConversation user, CancellationToken cancellationToken)
    {
        var created = await connector.CreateConversationAsync(user.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = user.BotId, Name = user.BotName },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = user.TenantId,
            ChannelData = user.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = user.TenantId } },
        }, cancellationToken);

        var id = created.Id ?? throw new InvalidOperationException("The connector created a 1:1 chat but returned no id.");
        await references.SetPersonalConversationAsync(userId, id, cancellationToken);
        return id;
    }
}
