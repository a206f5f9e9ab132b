using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Protocol.Activities;

/// <summary>Reading common facts out of an inbound activity.</summary>
public static class ActivityExtensions
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The tenant id, from <c>conversation.tenantId</c> or Teams channel data.</summary>
    public static string? GetTenantId(this Activity activity) =>
        activity.Conversation?.TenantId ?? TeamsChannelData.From(activity).Tenant?.Id;

    /// <summary>The sender's locale: the activity's <c>locale</c>, else the <c>clientInfo</c> entity's.</summary>
    public static string? GetLocale(this Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Locale)
            ? activity.Locale
            : activity.Entities?
                .Where(e => e is not null && e.IsType("clientInfo"))
                .Select(e => e.GetString("locale"))
                .FirstOrDefault(locale => !string.IsNullOrWhiteSpace(locale));

    /// <summary>The conversation id without a channel thread's <c>;messageid=</c> suffix.</summary>
    public static string? GetRootConversationId(this Activity activity)
    {
        var id = activity.Conversation?.Id;
        if (id is null)
        {
            return null;
        }

        var marker = id.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? id : id[..marker];
    }

    /// <summary>True for a one-to-one chat with the bot.</summary>
    public static bool IsPersonal(this Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
        || (activity.Conversation?.ConversationType is null && activity.Conversation?.IsGroup != true);

    /// <summary>True for a team channel.</summary>
    public static bool IsChannel(this Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mention entities that name the recipient (the bot).</summary>
    public static IEnumerable<Entity> GetRecipientMentions(this Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Entities is null)
        {
            return [];
        }

        // A null item or a malformed mention is the sender's mistake: ignored like an unknown entity.
        return activity.Entities.Where(e =>
            e is not null
            && e.IsType("mention")
            && string.Equals(e.Get<ChannelAccount>("mentioned")?.Id, botId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the activity @mentions the bot (by entity, never by parsing text).</summary>
    public static bool MentionsRecipient(this Activity activity) => activity.GetRecipientMentions().Any();

    /// <summary>
    /// The message text with every mention of the bot removed, HTML entities decoded and trimmed:
    /// what the user typed to the bot.
    /// </summary>
    public static string GetTextWithoutRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.GetRecipientMentions())
        {
            var mentionText = mention.GetString("text")
                ?? $"<at>{mention.Get<ChannelAccount>("mentioned")?.Name}</at>";
            text = Regex.Replace(text, Regex.Escape(mentionText), " ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        // Teams sometimes sends non-breaking spaces and entities around mentions.
        return WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Trim();
    }
}
