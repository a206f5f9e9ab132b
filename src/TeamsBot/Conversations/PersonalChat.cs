using System.Net;
using System.Text.Json.Nodes;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using TeamsBot.Storage;

namespace TeamsBot.Conversations;

/// <summary>
/// Reaches a person in their 1:1 chat with the bot, by Teams id or Entra object id, creating the chat once when the
/// connector allows it (in Teams: when the app is installed for that person) and remembering its id. Answers why
/// when it cannot. Personal things (rituals, notes, requests) go here, never to the channel.
/// </summary>
public sealed class PersonalChat(ConversationReferenceStore references, PeopleDirectory people, IConnectorClient connector, ILogger<PersonalChat> log)
{
    /// <summary>The chat, known or still to be created, with what creating it needs.</summary>
    private sealed record Target(string ServiceUrl, string? ConversationId, string MemberId, string? TenantId, string? BotId, string? BotName);

    /// <summary>Sends the message. Never throws for an unreachable person, connector or storage: the outcome says why.</summary>
    public async Task<ReachResult> SendAsync(PersonAddress who, Activity message, CancellationToken cancellationToken)
    {
        try
        {
            if (await ResolveAsync(who, cancellationToken) is not { } target)
            {
                return Logged(who, ReachOutcome.NoConversation, null);
            }

            var conversationId = target.ConversationId ?? await CreateAsync(who, target, cancellationToken);
            message.From ??= new ChannelAccount { Id = target.BotId, Name = target.BotName };
            message.Conversation = new ConversationAccount { Id = conversationId, IsGroup = false, TenantId = target.TenantId };
            var sent = await connector.SendToConversationAsync(target.ServiceUrl, conversationId, message, cancellationToken);
            return new ReachResult(ReachOutcome.Sent, conversationId, sent.Id);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return Logged(who, ReachOutcome.NotInstalled, e);
        }
        catch (Exception e) when (e is ConnectorException || StorageFailure.IsUnavailable(e))
        {
            return Logged(who, ReachOutcome.Failed, e);
        }
    }

    private async Task<Target?> ResolveAsync(PersonAddress who, CancellationToken cancellationToken)
    {
        // The directory is read only when the Teams id is not given: the common case costs no extra round trip.
        var entry = who.TeamsId is null && who.EntraId is { } entraId ? await people.FindAsync(entraId, cancellationToken) : null;
        var teamsId = who.TeamsId ?? entry?.TeamsId;
        if (teamsId is not null && await references.GetUserAsync(teamsId, cancellationToken) is { } user)
        {
            return new Target(user.ServiceUrl, user.ConversationId ?? entry?.ConversationId, teamsId, user.TenantId, user.BotId, user.BotName);
        }

        // Never seen in Teams by this bot: Teams accepts the Entra object id as the member of a new 1:1 chat,
        // provided the app is installed for that person (else 403/404: not installed).
        if (who.EntraId is { } id && await people.GetServiceAsync(null, cancellationToken) is { } service)
        {
            if (who.TeamsId is not null)
            {
                entry = await people.FindAsync(id, cancellationToken); // Not read above: a Teams id was given.
            }

            return new Target(service.ServiceUrl, entry?.ConversationId, teamsId ?? id, service.TenantId, service.BotId, service.BotName);
        }

        return null;
    }

    private async Task<string> CreateAsync(PersonAddress who, Target target, CancellationToken cancellationToken)
    {
        var created = await connector.CreateConversationAsync(target.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = target.BotId, Name = target.BotName },
            Members = [new ChannelAccount { Id = target.MemberId }],
            TenantId = target.TenantId,
            ChannelData = target.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = target.TenantId } },
        }, cancellationToken);

        var id = created.Id ?? throw new ConnectorException(HttpStatusCode.BadGateway, "create conversation", "The connector created a 1:1 chat but returned no id.");
        // The member is the Teams id whenever one is known; only a never-seen person is created by Entra object id.
        var teamsId = who.TeamsId ?? (target.MemberId == who.EntraId ? null : target.MemberId);
        if (teamsId is not null)
        {
            await references.SetPersonalConversationAsync(teamsId, id, target.ServiceUrl, cancellationToken);
        }

        if (who.EntraId is { } entraId)
        {
            await people.SetConversationAsync(entraId, id, cancellationToken);
        }

        return id;
    }

    private ReachResult Logged(PersonAddress who, ReachOutcome outcome, Exception? error)
    {
        Log.PersonalMessageFailed(log, error, who.ToString(), outcome);
        return new ReachResult(outcome);
    }
}
