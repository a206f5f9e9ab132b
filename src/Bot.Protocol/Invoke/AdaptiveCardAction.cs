using System.Text.Json.Nodes;

namespace Bot.Protocol.Invoke;

/// <summary>
/// A card button press, from either an <c>Action.Execute</c> invoke or an <c>Action.Submit</c> message
/// (the fallback older clients use), reduced to what a handler needs.
/// </summary>
/// <param name="Verb">The action's verb.</param>
/// <param name="Data">The action data merged with the card's input values; never null.</param>
/// <param name="CardActivityId">The id of the message holding the card, when known.</param>
/// <param name="IsInvoke">True for Action.Execute, whose answer replaces the card directly.</param>
public sealed record AdaptiveCardAction(string Verb, JsonObject Data, string? CardActivityId, bool IsInvoke)
{
    /// <summary>The data key that carries the verb in an Action.Submit fallback.</summary>
    public const string SubmitVerbKey = "verb";

    /// <summary>
    /// Reads <see cref="Data"/> as a payload record; null when it does not fit. See <see cref="CardActionPayload.Read{TPayload}"/>.
    /// </summary>
    public TPayload? Read<TPayload>()
        where TPayload : class => CardActionPayload.Read<TPayload>(Data);

    /// <summary>Reads a string field of <see cref="Data"/>, or null.</summary>
    public string? GetString(string name) =>
        Data.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : null;
}
