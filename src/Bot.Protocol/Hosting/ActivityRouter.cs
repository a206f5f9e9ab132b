using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Protocol.Activities;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>
/// Routes activities to handlers registered by name: commands, card verbs, invoke names, updates.
/// Registering the same name twice throws, so two features cannot silently fight over a command.
/// </summary>
public sealed partial class ActivityRouter
{
    /// <summary>The invoke name of an Adaptive Card <c>Action.Execute</c>.</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    private readonly Dictionary<string, TurnHandler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CardActionHandler> _cardActions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InvokeHandler> _invokes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _verbsHandlingRedelivery = new(StringComparer.Ordinal);
    private readonly HashSet<string> _readOnlyCommands = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _readOnlyVerbs = new(StringComparer.Ordinal);
    private bool _unrecognizedMessageReadOnly;
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
    /// <param name="command">The command word.</param>
    /// <param name="handler">Handles it.</param>
    /// <param name="readOnly">
    /// True when the handler changes nothing (it reads and answers): no durable processed-once claim is taken, only an
    /// in-memory one, so a redelivery reaching another instance may be answered twice (see <see cref="Route.ReadOnly"/>).
    /// </param>
    public ActivityRouter OnCommand(string command, TurnHandler handler, bool readOnly = false)
    {
        if (!_commands.TryAdd(command, handler))
        {
            throw new InvalidOperationException($"The command '{command}' is registered twice.");
        }

        if (readOnly)
        {
            _readOnlyCommands.Add(command);
        }

        return this;
    }

    /// <summary>Handles messages to the bot that match no command (personal chat, or @mentioned); <paramref name="readOnly"/> as for <see cref="OnCommand"/>.</summary>
    public ActivityRouter OnUnrecognizedMessage(TurnHandler handler, bool readOnly = false)
    {
        SetOnce(ref _unrecognizedMessage, handler, "unrecognized message");
        _unrecognizedMessageReadOnly = readOnly;
        return this;
    }

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
    /// <param name="readOnly">True when the handler changes nothing: an in-memory claim only (see <see cref="Route.ReadOnly"/>).</param>
    public ActivityRouter OnCardAction<TPayload>(CardActionHandler<TPayload> handler, CardActionHandler? whenUnreadable = null, bool handlesRedelivery = false,
        bool readOnly = false)
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

        if (readOnly)
        {
            _readOnlyVerbs.Add(TPayload.Verb);
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

    /// <summary>The in-memory claims of read-only routes: one per router, so one per host.</summary>
    internal RecentReadOnlyTurns ReadOnlyTurns { get; } = new(TimeProvider.System);

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
