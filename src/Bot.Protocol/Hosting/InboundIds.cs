using Bot.Protocol.Activities;

namespace Bot.Protocol.Hosting;

/// <summary>
/// Checks the ids an activity carries before anything is stored or addressed with them: ids come from
/// the sender, and one the bot can never use must be a 400, not a 500 the channel redelivers.
/// </summary>
internal static class InboundIds
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>
    /// The longest id accepted, counting every character a URL or a storage key must escape as three.
    /// Real Teams ids are under 150; a table key holds 512 characters, and an app's keys join an id or two
    /// with a prefix, so 200 leaves room for them.
    /// </summary>
    public const int MaxIdLength = 200;

    /// <summary>The longest service URL accepted (it is stored with every conversation reference).</summary>
    public const int MaxServiceUrlLength = 2048;

    private const string UnescapedPunctuation = "-._~:@;=,!$&'()*+";

    /// <summary>What is wrong with the activity's ids, one phrase each; empty when they are usable.</summary>
    public static List<string> Problems(Activity activity)
    {
        List<string> problems = [];
        var conversationId = activity.Conversation?.Id;
        if (conversationId is not null && conversationId.StartsWith(ThreadMarker, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("conversation.id (a thread of no conversation)");
        }

        foreach (var (field, id) in Named(activity))
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add($"{field} (empty)");
            }
            else if (IsDotSegment(id))
            {
                problems.Add($"{field} (a dot segment)");
            }
            else if (EscapedLength(id) > MaxIdLength)
            {
                problems.Add($"{field} (longer than {MaxIdLength} characters once escaped)");
            }
        }

        if (activity.ServiceUrl?.Length > MaxServiceUrlLength)
        {
            problems.Add($"serviceUrl (longer than {MaxServiceUrlLength} characters)");
        }

        return problems;
    }

    /// <summary>Every id the bot may store or put in a URL, with the field that carried it.</summary>
    private static IEnumerable<(string Field, string Id)> Named(Activity activity)
    {
        var channelData = TeamsChannelData.From(activity);
        (string, string?)[] ids =
        [
            ("id", activity.Id), ("replyToId", activity.ReplyToId), ("conversation.id", activity.Conversation?.Id),
            ("from.id", activity.From?.Id), ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id), ("channelId", activity.ChannelId),
            ("conversation.tenantId", activity.Conversation?.TenantId),
            ("channelData.team.id", channelData.Team?.Id), ("channelData.channel.id", channelData.Channel?.Id),
            ("channelData.tenant.id", channelData.Tenant?.Id),
        ];
        foreach (var (field, id) in ids)
        {
            if (id is not null)
            {
                yield return (field, id);
            }
        }

        // A channel thread's root and message id each become a URL segment of their own.
        var conversationId = activity.Conversation?.Id;
        var marker = conversationId?.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (marker >= 0)
        {
            yield return ("conversation.id", conversationId![..marker]);
            yield return ("conversation.id", conversationId[(marker + ThreadMarker.Length)..]);
        }
    }

    private static int EscapedLength(string id) =>
        id.Sum(c => char.IsAsciiLetterOrDigit(c) || UnescapedPunctuation.Contains(c, StringComparison.Ordinal) ? 1 : 3);

    // "." and ".." survive URL escaping and Uri removes them, moving a connector call to another path.
    private static bool IsDotSegment(string id) => id is "." or "..";
}
