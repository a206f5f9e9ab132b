using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Activities;

/// <summary>
/// A Bot Framework activity. The fields the bot uses are typed; every other field is kept in
/// <see cref="Extra"/> so that unknown fields and types survive parsing and re-sending.
/// </summary>
public sealed class Activity
{
    /// <summary>See <see cref="ActivityTypes"/>; unknown values are allowed.</summary>
    public string? Type { get; set; }
    /// <summary>Channel-assigned id; never set on sends.</summary>
    public string? Id { get; set; }
    /// <summary>When the channel received the activity (UTC).</summary>
    public DateTimeOffset? Timestamp { get; set; }
    /// <summary>When the user's client sent it, with the client's offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }
    /// <summary>The client's IANA time zone name, if sent.</summary>
    public string? LocalTimezone { get; set; }
    /// <summary>Where replies go. Only trust it after authentication.</summary>
    public string? ServiceUrl { get; set; }
    /// <summary><c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; set; }
    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }
    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }
    /// <summary>The receiver (the bot, inbound).</summary>
    public ChannelAccount? Recipient { get; set; }
    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }
    /// <summary>Message text; in channels it contains <c>&lt;at&gt;…&lt;/at&gt;</c> mentions.</summary>
    public string? Text { get; set; }
    /// <summary>Short text for notifications.</summary>
    public string? Summary { get; set; }
    /// <summary>The sender's locale, e.g. <c>da-DK</c>.</summary>
    public string? Locale { get; set; }
    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }
    /// <summary>Cards and files.</summary>
    public List<Attachment>? Attachments { get; set; }
    /// <summary>Mentions, client info and other entities.</summary>
    public List<Entity>? Entities { get; set; }
    /// <summary>Channel-specific data; for Teams see <see cref="TeamsChannelData"/>.</summary>
    public JsonNode? ChannelData { get; set; }
    /// <summary>The id of the activity this one replies to; on card actions, the card's message id.</summary>
    public string? ReplyToId { get; set; }
    /// <summary>Card submit data or invoke payload.</summary>
    public JsonNode? Value { get; set; }
    /// <summary>Name of an invoke or event.</summary>
    public string? Name { get; set; }
    /// <summary>For installationUpdate: <c>add</c>, <c>remove</c>, and their <c>-upgrade</c> forms.</summary>
    public string? Action { get; set; }
    /// <summary>Members added (conversationUpdate).</summary>
    public List<ChannelAccount>? MembersAdded { get; set; }
    /// <summary>Members removed (conversationUpdate).</summary>
    public List<ChannelAccount>? MembersRemoved { get; set; }
    /// <summary>Fields this model does not type, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Parses an activity from JSON.</summary>
    /// <exception cref="JsonException">The JSON is malformed or not an object.</exception>
    public static Activity Parse(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)
        ?? throw new JsonException("The body is JSON null, not an activity.");

    /// <summary>Serializes the activity with the protocol's conventions.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ProtocolJson.Options);

    /// <summary>A new outbound message holding only an Adaptive Card (no text, so Teams never splits it).</summary>
    public static Activity CardMessage(object card) =>
        new() { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };

    /// <summary>A new outbound plain-text message.</summary>
    public static Activity TextMessage(string text) =>
        new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
}
