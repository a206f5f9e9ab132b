using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Protocol.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>Conversation id; a channel thread carries <c>;messageid=&lt;root&gt;</c>.</summary>
    public string? Id { get; set; }
    /// <summary>Display name of the conversation, if any.</summary>
    public string? Name { get; set; }
    /// <summary>True for group chats and channels.</summary>
    public bool? IsGroup { get; set; }
    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }
    /// <summary>The tenant of the conversation.</summary>
    public string? TenantId { get; set; }
    /// <summary>Fields this model does not type, kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
