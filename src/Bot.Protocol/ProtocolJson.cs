using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol;

/// <summary>The JSON conventions of the Bot Framework wire protocol: camelCase names, nulls omitted.</summary>
public static class ProtocolJson
{
    /// <summary>Serializer options for activities, invoke responses and connector payloads.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Card text and names are Danish; keep æøå readable in payloads and logs.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
