using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Bot.Protocol.Invoke;

namespace TeamsBot.Cards;

/// <summary>A button. The JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction(string Title)
{
    /// <summary><c>default</c>, <c>positive</c> or <c>destructive</c>.</summary>
    public string? Style { get; init; }
}

/// <summary>
/// Universal Action: arrives as an <c>adaptiveCard/action</c> invoke. Older clients use the
/// <see cref="Fallback"/> submit, whose data carries the same verb, so both reach the same handler.
/// Built from a payload record, so the verb and the data are the ones its handler reads.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    private ExecuteAction(string title, string verb, JsonObject data)
        : base(title)
    {
        Verb = verb;
        Data = data;
    }

    /// <summary>A button for <typeparamref name="TPayload"/>'s verb that carries <paramref name="payload"/> as its data.</summary>
    public static ExecuteAction For<TPayload>(string title, TPayload payload)
        where TPayload : class, ICardActionPayload
    {
        var data = CardActionPayload.ToData(payload);
        if (data.ContainsKey(AdaptiveCardAction.SubmitVerbKey))
        {
            // The submit fallback puts the verb under this key; a member of the same name would be overwritten.
            throw new ArgumentException($"{typeof(TPayload).Name} has a member named '{AdaptiveCardAction.SubmitVerbKey}'.", nameof(payload));
        }

        return new(title, TPayload.Verb, data);
    }

    public string Verb { get; }

    public JsonObject Data { get; }

    /// <summary>Which of the card's inputs the press sends; the default (<c>auto</c>) is the inputs of its card or container.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }

    public CardAction Fallback => new SubmitAction(Title, SubmitData()) { Style = Style, AssociatedInputs = AssociatedInputs };

    private JsonObject SubmitData()
    {
        var data = Data.DeepClone().AsObject();
        data[AdaptiveCardAction.SubmitVerbKey] = Verb;
        return data;
    }
}

/// <summary>The classic button, only as the fallback of an <see cref="ExecuteAction"/>: Teams merges the inputs into its data.</summary>
public sealed record SubmitAction : CardAction
{
    internal SubmitAction(string title, JsonObject data)
        : base(title) => Data = data;

    public JsonObject Data { get; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);

/// <summary>Shows or hides elements of the same card (by their ids) in the client, without a round trip to the bot: "Vis mere".</summary>
public sealed record ToggleVisibilityAction(string Title, IReadOnlyList<string> TargetElements) : CardAction(Title);

/// <summary>Which inputs a button sends with its data.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    /// <summary>The inputs of the button's card or container (the default); Teams validates them before sending.</summary>
    [JsonStringEnumMemberName("auto")]
    Auto,

    /// <summary>No inputs: for buttons such as "cancel" that must work while a required input is empty.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
