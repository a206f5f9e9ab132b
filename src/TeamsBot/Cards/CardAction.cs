using System.Text.Json.Serialization;

namespace TeamsBot.Cards;

/// <summary>A button. The JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    /// <summary><c>default</c>, <c>positive</c> or <c>destructive</c>.</summary>
    public string? Style { get; init; }
}

/// <summary>
/// Universal Action: arrives as an <c>adaptiveCard/action</c> invoke. Older clients use the
/// <see cref="Fallback"/> submit, whose data carries the same verb, so both reach the same handler.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, IReadOnlyDictionary<string, string>? Data = null) : CardAction(Title)
{
    public CardAction Fallback => new SubmitAction(Title, new Dictionary<string, string>(Data ?? new Dictionary<string, string>()) { ["verb"] = Verb }) { Style = Style };
}

public sealed record SubmitAction(string Title, IReadOnlyDictionary<string, string> Data) : CardAction(Title);

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);
