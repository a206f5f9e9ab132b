using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>Where an activity goes: a handler, nowhere (ignored), or a refusal.</summary>
public sealed class Route
{
    private Route(RouteKind kind) => Kind = kind;

    /// <summary>What kind of route this is.</summary>
    public RouteKind Kind { get; private init; }
    /// <summary>For <see cref="RouteKind.Turn"/>.</summary>
    public TurnHandler? Turn { get; private init; }
    /// <summary>For <see cref="RouteKind.Invoke"/>.</summary>
    public InvokeHandler? Invoke { get; private init; }
    /// <summary>For <see cref="RouteKind.CardAction"/>.</summary>
    public CardActionHandler? CardAction { get; private init; }
    /// <summary>The parsed button press, for <see cref="RouteKind.CardAction"/>.</summary>
    public AdaptiveCardAction? Action { get; private init; }
    /// <summary>
    /// True when the handler answers a redelivered activity correctly by itself (its change is conditional, e.g. under
    /// an ETag), so the dispatcher takes no processed-once claim for it: two round trips less, and no answer stored.
    /// </summary>
    public bool HandlesRedelivery { get; private init; }
    /// <summary>
    /// True when the handler changes nothing (it only reads and answers), so running it twice is harmless: the dispatcher
    /// takes no durable processed-once claim for it and remembers it in memory instead (<see cref="RecentReadOnlyTurns"/>).
    /// </summary>
    public bool ReadOnly { get; private init; }
    /// <summary>
    /// What the route is, for traces and metrics: made only of names the app registered (a command word, a card verb, an
    /// invoke name) or fixed words, never of what a sender wrote, so it is safe to record and has few values.
    /// </summary>
    public string Name { get; private init; } = "ignored";
    /// <summary>Why a malformed invoke was refused.</summary>
    public string? Problem { get; private init; }

    /// <summary>Nobody wants it: answer 200, store and log nothing about it.</summary>
    public static Route Ignored { get; } = new(RouteKind.Ignored);
    /// <summary>An invoke nobody handles: 501.</summary>
    public static Route UnhandledInvoke { get; } = new(RouteKind.UnhandledInvoke) { Name = "unhandled invoke" };

    internal static Route ForTurn(TurnHandler? handler, string name, bool readOnly = false) =>
        handler is null ? Ignored : new(RouteKind.Turn) { Turn = handler, Name = name, ReadOnly = readOnly };
    internal static Route ForInvoke(InvokeHandler handler, string name) => new(RouteKind.Invoke) { Invoke = handler, Name = "invoke " + name };
    internal static Route ForCardAction(CardActionHandler handler, AdaptiveCardAction action, string name, bool handlesRedelivery = false, bool readOnly = false) =>
        new(RouteKind.CardAction) { CardAction = handler, Action = action, Name = name, HandlesRedelivery = handlesRedelivery, ReadOnly = readOnly };
    internal static Route BadInvoke(string problem) => new(RouteKind.BadInvoke) { Problem = problem, Name = "bad invoke" };
}

/// <summary>The kinds of <see cref="Route"/>.</summary>
public enum RouteKind
{
    /// <summary>No handler: 200 and nothing else.</summary>
    Ignored,
    /// <summary>A message or update handler.</summary>
    Turn,
    /// <summary>An invoke handler.</summary>
    Invoke,
    /// <summary>A card action handler.</summary>
    CardAction,
    /// <summary>An invoke with no handler: 501.</summary>
    UnhandledInvoke,
    /// <summary>A malformed card action invoke: 400.</summary>
    BadInvoke,
}
