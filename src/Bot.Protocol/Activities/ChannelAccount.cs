using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Activities;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed class ChannelAccount
{
    /// <summary>Channel-specific id: <c>29:…</c> for a Teams user, <c>28:…</c> for a bot.</summary>
    public string? Id { get; set; }
    /// <summary>Display name.</summary>
    public string? Name { get; set; }
    /// <summary>The Entra object id of the user, when the channel supplies it.</summary>
    public string? AadObjectId { get; set; }
    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; set; }
    /// <summary>Fields this model does not type, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
