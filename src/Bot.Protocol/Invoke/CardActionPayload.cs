using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Invoke;

/// <summary>
/// Turns payload records into card action data and back. Both directions share one set of options, so what a
/// card carries is exactly what its handler reads.
/// </summary>
public static class CardActionPayload
{
    /// <summary>
    /// camelCase names, nulls omitted; missing constructor members and nulls in non-nullable members make a
    /// payload unreadable. Numbers are written as strings because the Teams client is JavaScript: an integer
    /// above 2^53 (a tick count, say) would come back rounded. Inputs arrive as strings too: numbers and
    /// toggles are read from strings, multi-select choices from their comma-separated value, and an empty
    /// optional number, date or time as null.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The action data for a payload record.</summary>
    public static JsonObject ToData<TPayload>(TPayload payload)
        where TPayload : class =>
        JsonSerializer.SerializeToNode(payload, Options)?.AsObject()
        ?? throw new ArgumentNullException(nameof(payload));

    /// <summary>
    /// Reads action data as a payload record; null when it does not fit (a member missing or of the wrong type).
    /// Members the record does not name, such as other inputs or the submit verb, are ignored.
    /// </summary>
    public static TPayload? Read<TPayload>(JsonObject data)
        where TPayload : class
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return data.Deserialize<TPayload>(Options);
        }
        catch (JsonException)
        {
            // Card data comes from the client and may be stale or forged: not fitting is an answer, not a failure.
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new InputBooleanConverter(), new InputChoicesConverter(), new EmptyInputAsNullConverterFactory() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
