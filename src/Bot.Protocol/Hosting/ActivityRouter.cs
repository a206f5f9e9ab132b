using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Protocol.Activities;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>
/// Routes activities to handlers registered by name: commands, card verbs, invoke names, updates.
/// Registering the same name twice throws, so two features cannot silently fight over a command.
/// </summary>
public sealed class ActivityRouter
{
    /// <summary>The invoke name of an Adaptive Card <c>Action.Execute</c>.</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    private readonly Dictionary<string, TurnHandler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CardActionHandler> _cardActions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InvokeHandler> _invokes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _verbsHandlingRedelivery = new(StringComparer.Ordinal);
    private readonly List<TurnHandler> _beforeTurn = [];
    private readonly List<Action<Activity>> _beforeRouting = [];
    private TurnHandler? _unrecognizedMessage;
    private CardActionHandler? _unknownCardAction;
    private CardActionHandler? _unreadableCardAction;
    private TurnHandler? _conversationUpdate;
    private TurnHandler? _installationUpdate;

    /// <summary>Chooses the culture handlers run under (texts, dates); default: the invariant culture.</summary>
    public Func<Activity, CultureInfo> CultureResolver { get; set; } = _ => CultureInfo.InvariantCulture;

    /// <summary>Handles messages whose first word is <paramref name="command"/> (case-insensitive).</summary>
    public ActivityRouter OnCommand(string command, TurnHandler handler)
    {
        if (!_commands.TryAdd(command, handler))
        {
            throw new InvalidOperationException($"The command '{command}' is registered twice.");
        }

        return this;
    }

    /// <summary>Handles messages to the bot that match no command (personal chat, or @mentioned).</summary>
    public ActivityRouter OnUnrecognizedMessage(TurnHandler handler) => SetOnce(ref _unrecognizedMessage, handler, "unrecognized message");

    /// <summary>Handles card actions with the given verb.</summary>
    public ActivityRouter OnCardAction(string verb, CardActionHandler handler)
    {
        if (!_cardActions.TryAdd(verb, handler))
        {
            throw new InvalidOperationException($"The card verb '{verb}' is registered twice.");
        }

        return this;
    }

    /// <summary>
    /// Handles card actions with <typeparamref name="TPayload"/>'s verb, their data read as that record. A press whose
    /// data does not fit (a stale or forged card) never reaches <paramref name="handler"/>: <paramref name="whenUnreadable"/>
    /// answers it, else the <see cref="OnUnreadableCardAction"/> handler, else a short message.
    /// </summary>
    /// <param name="handler">Answers presses whose data fits.</param>
    /// <param name="whenUnreadable">Answers presses whose data does not fit.</param>
    /// <param name="handlesRedelivery">
    /// True when the handler itself answers a redelivered press correctly (its change is conditional, so a second
    /// run changes nothing): no processed-once claim is taken for the verb. Only for handlers that hold to this.
    /// </param>
    public ActivityRouter OnCardAction<TPayload>(CardActionHandler<TPayload> handler, CardActionHandler? whenUnreadable = null, bool handlesRedelivery = false)
        where TPayload : class, ICardActionPayload
    {
        ArgumentNullException.ThrowIfNull(handler);
        OnCardAction(TPayload.Verb, (turn, action, cancellationToken) =>
            action.Read<TPayload>() is { } payload
                ? handler(turn, payload, cancellationToken)
                : (whenUnreadable ?? _unreadableCardAction ?? AnswerUnreadable)(turn, action, cancellationToken));
        if (handlesRedelivery)
        {
            _verbsHandlingRedelivery.Add(TPayload.Verb);
        }

        return this;
    }

    /// <summary>Answers presses of typed card actions whose data does not fit their payload, unless the verb has its own answer.</summary>
    public ActivityRouter OnUnreadableCardAction(CardActionHandler handler) => SetOnce(ref _unreadableCardAction, handler, "unreadable card action");

    /// <summary>Handles card actions whose verb nobody registered (stale or forged cards).</summary>
    public ActivityRouter OnUnknownCardAction(CardActionHandler handler) => SetOnce(ref _unknownCardAction, handler, "unknown card action");

    /// <summary>Handles invokes with the given name (other than card actions).</summary>
    public ActivityRouter OnInvoke(string name, InvokeHandler handler)
    {
        if (name == AdaptiveCardActionInvoke || !_invokes.TryAdd(name, handler))
        {
            throw new InvalidOperationException($"The invoke '{name}' is registered twice or is reserved; use OnCardAction.");
        }

        return this;
    }

    /// <summary>Handles <c>conversationUpdate</c> activities.</summary>
    public ActivityRouter OnConversationUpdate(TurnHandler handler) => SetOnce(ref _conversationUpdate, handler, "conversationUpdate");

    /// <summary>Handles <c>installationUpdate</c> activities.</summary>
    public ActivityRouter OnInstallationUpdate(TurnHandler handler) => SetOnce(ref _installationUpdate, handler, "installationUpdate");

    /// <summary>
    /// Runs for every routed (not ignored) activity before its handler, e.g. to refresh a stored conversation
    /// reference. It runs alongside the processed-once claim, so also for a redelivery: it must be idempotent.
    /// </summary>
    public ActivityRouter BeforeTurn(TurnHandler handler)
    {
        _beforeTurn.Add(handler);
        return this;
    }

    internal IReadOnlyList<TurnHandler> BeforeTurnHandlers => _beforeTurn;

    /// <summary>
    /// Changes every authenticated activity before it is routed, so routing, the culture, the before-turn hooks and
    /// the handler all see the same activity (e.g. a locale fixed for local development). Runs for ignored activities too.
    /// </summary>
    public ActivityRouter BeforeRouting(Action<Activity> adjust)
    {
        _beforeRouting.Add(adjust);
        return this;
    }

    internal void AdjustInbound(Activity activity)
    {
        foreach (var adjust in _beforeRouting)
        {
            adjust(activity);
        }
    }

    /// <summary>Chooses the answer when a turn throws; without one, or when it returns null, the answer is a 500 problem.</summary>
    public ActivityRouter OnTurnError(TurnErrorHandler handler)
    {
        if (TurnErrorHandler is not null)
        {
            throw new InvalidOperationException("A turn error handler is registered twice.");
        }

        TurnErrorHandler = handler;
        return this;
    }

    internal TurnErrorHandler? TurnErrorHandler { get; private set; }

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
            return Route.ForTurn(command, "command " + firstWord.ToLowerInvariant()); // A registered word: safe to record.
        }

        // In channels the bot may see every message (RSC); only messages addressed to it are its business.
        var addressedToBot = activity.IsPersonal() || activity.MentionsRecipient();
        return addressedToBot ? Route.ForTurn(_unrecognizedMessage, "unrecognized message") : Route.Ignored;
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
            return Route.ForCardAction(handler, action, "card " + action.Verb, _verbsHandlingRedelivery.Contains(action.Verb));
        }

        // The verb of an unknown press is the sender's (a stale or forged card): not recorded.
        return _unknownCardAction is { } unknown ? Route.ForCardAction(unknown, action, "card unknown")
            : action.IsInvoke ? Route.UnhandledInvoke
            : Route.Ignored;
    }

    // The library has no texts of its own to localise; an app that cares registers OnUnreadableCardAction.
    private static Task<InvokeResponse> AnswerUnreadable(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message("This button could not be read; the card may be out of date."));

    private ActivityRouter SetOnce(ref TurnHandler? slot, TurnHandler handler, string what)
    {
        slot = slot is null ? handler : throw new InvalidOperationException($"A {what} handler is registered twice.");
        return this;
    }

    private ActivityRouter SetOnce(ref CardActionHandler? slot, CardActionHandler handler, string what)
    {
        slot = slot is null ? handler : throw new InvalidOperationException($"A {what} handler is registered twice.");
        return this;
    }
}
