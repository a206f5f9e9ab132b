using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Activities;

/// <summary>A card or file attached to an activity.</summary>
public sealed class Attachment
{
    /// <summary>The MIME type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>MIME type of the content.</summary>
    public string? ContentType { get; set; }
    /// <summary>Link to the content, for files.</summary>
    public string? ContentUrl { get; set; }
    /// <summary>Inline content: inbound a <see cref="JsonElement"/>, outbound any serializable object.</summary>
    public object? Content { get; set; }
    /// <summary>File name, if any.</summary>
    public string? Name { get; set; }
    /// <summary>Fields this model does not type, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Wraps an Adaptive Card object as an attachment.</summary>
    public static Attachment AdaptiveCard(object card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
