using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>Handles a turn that needs no synchronous answer (messages, updates).</summary>
public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>Handles an invoke; the result becomes the HTTP response.</summary>
public delegate Task<InvokeResponse> InvokeHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>Handles a card button press, whether it came as Action.Execute or Action.Submit.</summary>
public delegate Task<InvokeResponse> CardActionHandler(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken);

/// <summary>
/// Decides the answer when a turn throws: the HTTP answer to send, or null for the default 500. It may also tell
/// the user (e.g. "could not save, try again"). Runs after the processed-once claim has been released.
/// </summary>
public delegate Task<InvokeResponse?> TurnErrorHandler(TurnContext turn, Exception error, CancellationToken cancellationToken);

/// <summary>Handles a card button press whose data has been read as <typeparamref name="TPayload"/>.</summary>
public delegate Task<InvokeResponse> CardActionHandler<in TPayload>(TurnContext turn, TPayload payload, CancellationToken cancellationToken);
