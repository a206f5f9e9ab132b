namespace Bot.Protocol.Activities;

/// <summary>What is needed to message a conversation later, without an inbound activity.</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? ChannelId)
{
    /// <summary>Builds the reference from an inbound activity.</summary>
    public static ConversationReference From(Activity activity) => new(
        activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity)),
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity)),
        activity.GetTenantId(),
        activity.Recipient?.Id,
        activity.Recipient?.Name,
        activity.From?.Id,
        activity.ChannelId);
}
