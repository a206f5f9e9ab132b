using Bot.Protocol.Activities;

namespace Bot.Protocol.Connector;

/// <summary>The Bot Connector REST v3 calls the bot makes. Every call goes to the given <c>serviceUrl</c>.</summary>
public interface IConnectorClient
{
    /// <summary>Posts a new message to a conversation (a new post when the id is a channel's root id).</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Posts a reply to an activity.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent earlier.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Creates (or finds) a conversation, e.g. the 1:1 chat with a user.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>Gets one member of a conversation.</summary>
    Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);

    /// <summary>
    /// Gets one page of a conversation's (for a team: the team's) members: <c>GET /v3/conversations/{id}/pagedmembers</c>,
    /// the way Teams supports (the unpaged list is deprecated there). Pass the previous page's continuation token for the next.
    /// </summary>
    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken);
}
