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

                var sent = await connector.SendToConversationAsync(channel.ServiceUrl, channelId, Message(card, channel), cancellationToken);
                return new Posted(sent.Id, channelId);
            case LiveCardPlace.PersonalChat { TeamsUserId: var userId, EntraId: var entraId }:
                var reached = await personal.SendAsync(new PersonAddress(userId, entraId), Activity.CardMessage(card), cancellationToken);
                return reached.Outcome == ReachOutcome.Sent ? new Posted(reached.ActivityId, reached.ConversationId!) : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(place), place, "Unknown live card place.");
        }
    }

    /// <summary>Updates the card's message in place; false when it is gone or can no longer be edited.</summary>
    public async Task<bool> TryUpdateAsync(LiveCardPlace place, LiveCardMessages.Message message, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var stored = place switch
        {
            LiveCardPlace.Channel { ChannelId: var channelId } => await references.GetChannelAsync(channelId, cancellationToken),
            LiveCardPlace.PersonalChat { TeamsUserId: var userId } => await references.GetUserAsync(userId, cancellationToken),
            _ => null,
        };
        if (stored is null)
        {
            return false;
        }

        try
        {
            await connector.UpdateActivityAsync(stored.ServiceUrl, message.ConversationId, message.ActivityId, Message(card, stored), cancellationToken);
            return true;
        }
        catch (ConnectorException e) when (e.IsMessageGone)
        {
            Log.LiveCardGone(log, message.ActivityId, (int)e.StatusCode);
            return false;
        }
    }

    private static Activity Message(AdaptiveCard card, StoredConversation conversation)
    {
        var message = Activity.CardMessage(card);
        message.From = new ChannelAccount { Id = conversation.BotId, Name = conversation.BotName };
        return message;
    }
}
