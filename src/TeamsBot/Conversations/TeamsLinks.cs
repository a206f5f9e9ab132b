using Bot.Protocol.Activities;

namespace TeamsBot.Conversations;

/// <summary>Teams deep links the bot puts in its answers (opened by the Teams client, not by the bot).</summary>
public static class TeamsLinks
{
    /// <summary>
    /// A post in a channel, e.g. the day's board: <c>https://teams.microsoft.com/l/message/{channel}/{message}</c> with the
    /// tenant, the team's group id (when Teams sent it) and the post as its own parent. Teams message ids are the
    /// post's creation time in milliseconds, which the link also wants.
    /// </summary>
    public static Uri ChannelMessage(Activity inChannel, string channelId, string messageId)
    {
        var query = new List<string> { "parentMessageId=" + Uri.EscapeDataString(messageId) };
        if (inChannel.GetTenantId() is { } tenant)
        {
            query.Add("tenantId=" + Uri.EscapeDataString(tenant));
        }

        if (inChannel.ChannelData?["team"]?["aadGroupId"]?.ToString() is { Length: > 0 } group)
        {
            query.Add("groupId=" + Uri.EscapeDataString(group));
        }

        if (long.TryParse(messageId, out _))
        {
            query.Add("createdTime=" + messageId);
        }

        return new Uri($"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(messageId)}?{string.Join('&', query)}");
    }

    /// <summary>
    /// Starts a Teams call with someone: <c>https://teams.microsoft.com/l/call/0/0?users=…</c>. Teams' workflow deep links
    /// take the person's sign-in name (UPN) only (learn.microsoft.com, "Deep link to a workflow in Teams").
    /// </summary>
    public static Uri Call(string userPrincipalName) =>
        new("https://teams.microsoft.com/l/call/0/0?users=" + Uri.EscapeDataString(userPrincipalName));

    /// <summary>Opens (or starts) a 1:1 chat with someone: <c>https://teams.microsoft.com/l/chat/0/0?users=…</c>, by sign-in name.</summary>
    public static Uri Chat(string userPrincipalName) =>
        new("https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(userPrincipalName));
}
