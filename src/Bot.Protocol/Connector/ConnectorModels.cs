using System.Text.Json.Nodes;
using Bot.Protocol.Activities;

namespace Bot.Protocol.Connector;

/// <summary>The connector's answer to a send: the new or updated activity's id.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The connector's answer to creating a conversation.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>Body of <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    /// <summary>False for a 1:1 chat.</summary>
    public bool IsGroup { get; set; }
    /// <summary>The bot account.</summary>
    public ChannelAccount? Bot { get; set; }
    /// <summary>For a 1:1 chat, the one user.</summary>
    public List<ChannelAccount>? Members { get; set; }
    /// <summary>The tenant; Teams needs it both here and in <see cref="ChannelData"/>.</summary>
    public string? TenantId { get; set; }
    /// <summary>Teams channel data, e.g. <c>{"tenant":{"id":…}}</c>.</summary>
    public JsonObject? ChannelData { get; set; }
    /// <summary>An optional first message.</summary>
    public Activity? Activity { get; set; }
}

/// <summary>A member as Teams describes it.</summary>
public sealed record TeamsChannelAccount(
    string? Id,
    string? Name,
    string? AadObjectId,
    string? GivenName,
    string? Surname,
    string? Email,
    string? UserPrincipalName,
    string? TenantId,
    string? UserRole);

/// <summary>One page of a conversation's members; more follow while <see cref="ContinuationToken"/> is set.</summary>
public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<TeamsChannelAccount>? Members);
