using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Invoke;

/// <summary>An <c>Input.Toggle</c> submits <c>"true"</c>/<c>"false"</c> as text; a payload reads either form as a bool.</summary>
internal sealed class InputBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
        _ => throw new JsonException("Expected true or false."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

/// <summary>
/// A multi-select <c>Input.ChoiceSet</c> submits its choices as one comma-separated string; a payload reads that
/// (or a JSON array) as a list. Choice values must therefore not contain commas, as the card schema also says.
/// </summary>
internal sealed class InputChoicesConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a comma-separated string or an array of strings.");
        }

        List<string> values = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("Expected a string."));
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// An input left empty submits <c>""</c>. For an optional number, date or time that means "not given", so a
/// nullable member reads it as null rather than making the whole payload unreadable.
/// </summary>
internal sealed class EmptyInputAsNullConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => Nullable.GetUnderlyingType(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EmptyAsNull<>).MakeGenericType(Nullable.GetUnderlyingType(typeToConvert)!))!;

    private sealed class EmptyAsNull<T> : JsonConverter<T?>
        where T : struct
    {
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(""u8)))
            {
                return null;
            }

            // Through the serializer, not the converter, so the options' number handling (numbers as text) applies.
            return JsonSerializer.Deserialize<T>(ref reader, options);
        }

        public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
        {
            if (value is { } present)
            {
                JsonSerializer.Serialize(writer, present, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
