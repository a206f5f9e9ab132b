using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Activities;

/// <summary>A loosely typed entity (<c>mention</c>, <c>clientInfo</c>, …); its fields stay in <see cref="Properties"/>.</summary>
public sealed class Entity
{
    /// <summary>Entity type, compared case-insensitively.</summary>
    public string? Type { get; set; }
    /// <summary>All other fields.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>True when <see cref="Type"/> equals <paramref name="type"/>, ignoring case.</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a string field, or null when absent or not a string.</summary>
    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Reads an object field as <typeparamref name="T"/>, or default when absent or not of that shape.</summary>
    public T? Get<T>(string name)
    {
        if (Properties is null || !Properties.TryGetValue(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        try
        {
            return value.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // The sender wrote the entity: a field of the wrong shape is ignored, like an unknown entity.
            return default;
        }
    }
}
