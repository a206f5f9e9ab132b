using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>Handles a turn that needs no synchronous answer (messages, updates).</summary>
public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>Handles an invoke; the result becomes the HTTP response.</summary>
public delegate Task<InvokeResponse> InvokeHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>Handles a card button press, whether it came as Action.Execute or Action.Submit.</summary>
public delegate Task<InvokeResponse> CardActionHandler(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken);
