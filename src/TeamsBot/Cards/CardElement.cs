using System.Text.Json.Serialization;

namespace TeamsBot.Cards;

/// <summary>A body element. The JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
public abstract record CardElement
{
    [JsonPropertyOrder(-4)]
    public string? Id { get; init; }
    /// <summary><c>None</c>, <c>Small</c>, <c>Default</c>, <c>Medium</c>, <c>Large</c>, <c>ExtraLarge</c>.</summary>
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
    /// <summary>False hides the element until an <see cref="ToggleVisibilityAction"/> naming its id shows it.</summary>
    public bool? IsVisible { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>A card's title: larger, bold, and marked as a heading for screen readers.</summary>
    public static TextBlock Heading(string text) => new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };

    public bool Wrap { get; init; } = true;
    /// <summary><c>Small</c>, <c>Default</c>, <c>Medium</c>, <c>Large</c>, <c>ExtraLarge</c>.</summary>
    public string? Size { get; init; }
    /// <summary><c>Lighter</c>, <c>Default</c>, <c>Bolder</c>.</summary>
    public string? Weight { get; init; }
    /// <summary><c>Default</c>, <c>Accent</c>, <c>Good</c>, <c>Warning</c>, <c>Attention</c>…</summary>
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
    /// <summary><c>heading</c> marks a heading for screen readers.</summary>
    public string? Style { get; init; }
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary><c>default</c>, <c>emphasis</c>, <c>good</c>, <c>attention</c>, <c>warning</c>, <c>accent</c>.</summary>
    public string? Style { get; init; }
}

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
