using System.Security.Claims;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;

namespace Bot.Protocol.Hosting;

/// <summary>One inbound activity being handled, with the means to answer it.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector, ClaimsIdentity identity)
{
    /// <summary>The authenticated inbound activity.</summary>
    public Activity Activity { get; } = activity;
    /// <summary>The connector, for anything beyond replying.</summary>
    public IConnectorClient Connector { get; } = connector;
    /// <summary>Who sent the request: the channel, or an anonymous identity in local development.</summary>
    public ClaimsIdentity Identity { get; } = identity;

    /// <summary>The text the user typed to the bot, without the bot's @mention.</summary>
    public string CommandText => Activity.GetTextWithoutRecipientMention();

    private string ServiceUrl => Activity.ServiceUrl!;
    private string ConversationId => Activity.Conversation!.Id!;

    /// <summary>Sends a message into the activity's conversation (into the thread, in a channel).</summary>
    public Task<ResourceResponse> SendAsync(Activity message, CancellationToken cancellationToken) =>
        Connector.SendToConversationAsync(ServiceUrl, ConversationId, Address(message), cancellationToken);

    /// <summary>Replies to the inbound activity.</summary>
    public Task<ResourceResponse> ReplyAsync(Activity message, CancellationToken cancellationToken) =>
        Activity.Id is null
            ? SendAsync(message, cancellationToken)
            : Connector.ReplyToActivityAsync(ServiceUrl, ConversationId, Activity.Id, Address(message), cancellationToken);

    /// <summary>Replaces a message the bot sent earlier in this conversation.</summary>
    public Task<ResourceResponse> UpdateAsync(string activityId, Activity message, CancellationToken cancellationToken) =>
        Connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, Address(message), cancellationToken);

    private Activity Address(Activity message)
    {
        message.From ??= Activity.Recipient;
        message.Recipient ??= Activity.From;
        // Teams wants the tenant on every send (channelData.tenant.id on the way in is where it always is).
        message.Conversation ??= new ConversationAccount { Id = ConversationId, IsGroup = Activity.Conversation?.IsGroup };
        message.Conversation.TenantId ??= Activity.GetTenantId();
        message.Locale ??= Activity.Locale;
        return message;
    }
}
