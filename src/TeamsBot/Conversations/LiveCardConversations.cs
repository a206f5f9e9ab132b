using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using TeamsBot.Cards;

namespace TeamsBot.Conversations;

/// <summary>Where a live card's place is on the wire: posting it the first time, and updating its message after.</summary>
public sealed class LiveCardConversations(ConversationReferenceStore references, PersonalChat personal, IConnectorClient connector, ILogger<LiveCards> log)
{
    public sealed record Posted(string? ActivityId, string ConversationId);

    /// <summary>Posts the card; null (logged) when the place cannot be reached at all.</summary>
    public async Task<Posted?> PostAsync(LiveCardPlace place, AdaptiveCard card, CancellationToken cancellationToken)
    {
        switch (place)
        {
            case LiveCardPlace.Channel { ChannelId: var channelId }:
                if (await references.GetChannelAsync(channelId, cancellationToken) is not { } channel)
                {
                    Log.NoChannelReference(log, channelId);
                    return null;
                }

                var sent = await connector.SendToConversationAsync(channel.ServiceUrl, channelId, Message(card, channel, channelId), cancellationToken);
                // The channel is what is stored (features read it back as the card's channel); updates go to the post's thread.
                return new Posted(sent.Id, channelId);
            case LiveCardPlace.PersonalChat { TeamsUserId: var userId, EntraId: var entraId }:
                var reached = await personal.SendAsync(new PersonAddress(userId, entraId), Activity.CardMessage(card), cancellationToken);
                return reached.Outcome == ReachOutcome.Sent ? new Posted(reached.ActivityId, reached.ConversationId!) : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(place), place, "Unknown live card place.");
        }
    }

    /// <summary>
    /// Updates the card's message in place. False only when it is really gone: the connector said so (404
    /// <c>ActivityNotFound</c>/<c>ConversationNotFound</c>) twice, or the place is no longer known. Any other failure (a
    /// passing 400 or 403, throttling, an outage) throws <see cref="ConnectorException"/>: the message is kept, and the
    /// next change tries it again rather than posting a second card.
    /// </summary>
    public async Task<bool> TryUpdateAsync(LiveCardPlace place, LiveCardMessages.Message message, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var (stored, conversationId) = place switch
        {
            // A post in a channel is the root of its own thread, and Teams edits it there (the id an invoke on it carries).
            LiveCardPlace.Channel { ChannelId: var channelId } => (await references.GetChannelAsync(channelId, cancellationToken), Thread(channelId, message.ActivityId)),
            LiveCardPlace.PersonalChat { TeamsUserId: var userId } => (await references.GetUserAsync(userId, cancellationToken), message.ConversationId),
            _ => (null, message.ConversationId),
        };
        if (stored is null)
        {
            return false;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connector.UpdateActivityAsync(stored.ServiceUrl, conversationId, message.ActivityId, Message(card, stored, conversationId), cancellationToken);
                return true;
            }
            catch (ConnectorException e) when (e.IsMessageGone)
            {
                // Once more before posting anew: a message posted a moment ago can be unknown to the replica that answered.
                if (attempt == 2)
                {
                    Log.LiveCardGone(log, message.ActivityId, (int)e.StatusCode);
                    return false;
                }
            }
        }
    }

    /// <summary>The conversation id of a channel post's thread: <c>{channel};messageid={post}</c>.</summary>
    public static string Thread(string channelId, string activityId) => $"{channelId};messageid={activityId}";

    private static Activity Message(AdaptiveCard card, StoredConversation conversation, string conversationId)
    {
        var message = Activity.CardMessage(card);
        message.From = new ChannelAccount { Id = conversation.BotId, Name = conversation.BotName };
        message.Conversation = new ConversationAccount { Id = conversationId, TenantId = conversation.TenantId };
        return message;
    }
}
