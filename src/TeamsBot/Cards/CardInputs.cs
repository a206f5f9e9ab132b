using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBot.Cards;

/// <summary>
/// What every input shares. The id names its value in the action data (so it is the payload member that reads it);
/// the label is shown above the input and read by screen readers, so every input has one. Teams checks
/// <see cref="IsRequired"/> and the input's own limits before the press is sent; the bot must still check what
/// it reads, since card data can be forged.
/// </summary>
public abstract record InputElement : CardElement
{
    protected InputElement(string id, string label)
    {
        Id = id;
        Label = label;
    }

    [JsonPropertyOrder(-3)]
    public string Label { get; init; }

    [JsonPropertyOrder(-2)]
    public bool? IsRequired { get; init; }

    /// <summary>Shown under the input when it is required and empty, or does not meet its limits.</summary>
    [JsonPropertyOrder(-1)]
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput : InputElement
{
    public TextInput(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>A pattern the whole text must match before the press is sent.</summary>
    public string? Regex { get; init; }
    /// <summary><c>text</c>, <c>tel</c>, <c>url</c>, <c>email</c>, <c>password</c> (masked on screen only).</summary>
    public string? Style { get; init; }
    public string? Value { get; init; }
}

public sealed record NumberInput : InputElement
{
    public NumberInput(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Value { get; init; }
}

/// <summary>One option of a <see cref="ChoiceSetInput"/>. A multi-select submits its values comma-separated, so a value has no comma.</summary>
public sealed record Choice(string Title, string Value);

public sealed record ChoiceSetInput : InputElement
{
    public ChoiceSetInput(string id, string label, IReadOnlyList<Choice> choices)
        : base(id, label)
    {
        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; init; }

    public bool? IsMultiSelect { get; init; }
    /// <summary><c>compact</c> (a drop-down), <c>expanded</c> (all options shown), <c>filtered</c> (type to search).</summary>
    public string? Style { get; init; }
    public string? Placeholder { get; init; }
    public bool? Wrap { get; init; }
    /// <summary>The value chosen at first; for a multi-select, values separated by commas.</summary>
    public string? Value { get; init; }
}

/// <summary>An on/off switch; <see cref="Title"/> is the text beside it. It submits <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record ToggleInput : InputElement
{
    public ToggleInput(string id, string label, string title)
        : base(id, label)
    {
        Title = title;
    }

    public string Title { get; init; }

    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
    public bool? Wrap { get; init; }
}

/// <summary>A date, written and submitted as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput : InputElement
{
    public DateInput(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }
    public DateOnly? Min { get; init; }
    public DateOnly? Max { get; init; }
    public DateOnly? Value { get; init; }
}

/// <summary>A time of day, written and submitted as <c>HH:mm</c>.</summary>
public sealed record TimeInput : InputElement
{
    public TimeInput(string id, string label)
        : base(id, label)
    {
    }

    public string? Placeholder { get; init; }
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Min { get; init; }
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Max { get; init; }
    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Value { get; init; }
}

/// <summary>Adaptive Cards write times as <c>HH:mm</c>; the serializer's default adds seconds, which the schema does not allow.</summary>
internal sealed class HourMinuteConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.ParseExact(reader.GetString()!, "HH:mm", CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
}
