using System.Text.Json.Nodes;
using Bot.Protocol.Activities;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>Resolving: which registered handler an activity goes to, and with which route properties.</summary>
public sealed partial class ActivityRouter
{
    /// <summary>Finds the route for an activity; <see cref="Route.Ignored"/> when no handler wants it.</summary>
    public Route Resolve(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => ResolveMessage(activity),
        ActivityTypes.Invoke => ResolveInvoke(activity),
        ActivityTypes.ConversationUpdate => Route.ForTurn(_conversationUpdate, ActivityTypes.ConversationUpdate),
        ActivityTypes.InstallationUpdate => Route.ForTurn(_installationUpdate, ActivityTypes.InstallationUpdate),
        _ => Route.Ignored,
    };

    private Route ResolveMessage(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is JsonObject submitted)
        {
            return RouteCardAction(new AdaptiveCardAction(
                (submitted[AdaptiveCardAction.SubmitVerbKey] as JsonValue)?.ToString() ?? string.Empty,
                submitted, activity.ReplyToId, IsInvoke: false));
        }

        var text = activity.GetTextWithoutRecipientMention();
        var firstWord = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (firstWord is not null && _commands.TryGetValue(firstWord, out var command))
        {
            // A registered word: safe to record.
            return Route.ForTurn(command, "command " + firstWord.ToLowerInvariant(), _readOnlyCommands.Contains(firstWord));
        }

        // In channels the bot may see every message (RSC); only messages addressed to it are its business.
        var addressedToBot = activity.IsPersonal() || activity.MentionsRecipient();
        return addressedToBot ? Route.ForTurn(_unrecognizedMessage, "unrecognized message", _unrecognizedMessageReadOnly) : Route.Ignored;
    }

    private Route ResolveInvoke(Activity activity)
    {
        if (activity.Name != AdaptiveCardActionInvoke)
        {
            return activity.Name is not null && _invokes.TryGetValue(activity.Name, out var invoke)
                ? Route.ForInvoke(invoke, activity.Name)
                : Route.UnhandledInvoke;
        }

        // The value is the sender's: a string, number, list or boolean has no 'action' either.
        if ((activity.Value as JsonObject)?["action"] is not JsonObject action)
        {
            return Route.BadInvoke("The invoke value has no 'action' object.");
        }

        if ((action["type"] as JsonValue)?.ToString() != "Action.Execute")
        {
            return Route.BadInvoke("Only Action.Execute is supported.");
        }

        var verb = (action["verb"] as JsonValue)?.ToString();
        if (string.IsNullOrEmpty(verb))
        {
            return Route.BadInvoke("The action has no verb.");
        }

        var data = action["data"] as JsonObject ?? [];
        return RouteCardAction(new AdaptiveCardAction(verb, data, activity.ReplyToId, IsInvoke: true));
    }

    private Route RouteCardAction(AdaptiveCardAction action)
    {
        if (_cardActions.TryGetValue(action.Verb, out var handler))
        {
            return Route.ForCardAction(handler, action, "card " + action.Verb, _verbsHandlingRedelivery.Contains(action.Verb), _readOnlyVerbs.Contains(action.Verb));
        }

        // The verb of an unknown press is the sender's (a stale or forged card): not recorded.
        return _unknownCardAction is { } unknown ? Route.ForCardAction(unknown, action, "card unknown")
            : action.IsInvoke ? Route.UnhandledInvoke
            : Route.Ignored;
    }

    // The library has no texts of its own to localise; an app that cares registers OnUnreadableCardAction.
    private static Task<InvokeResponse> AnswerUnreadable(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message("This button could not be read; the card may be out of date."));
}
