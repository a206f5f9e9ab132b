using Bot.Protocol.Activities;

namespace Bot.Protocol.Hosting;

/// <summary>
/// Checks the ids an activity carries before anything is stored or addressed with them: ids come from
/// the sender, and one the bot can never use must be a 400, not a 500 the channel redelivers.
/// </summary>
internal static class InboundIds
{
    private const string ThreadMarker = ";messageid=";

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
            if (IsDotSegment(id))
            {
                problems.Add($"{field} (a dot segment)");
            }
        }

        return problems;
    }

    /// <summary>Every id the bot may store or put in a URL, with the field that carried it.</summary>
    private static IEnumerable<(string Field, string Id)> Named(Activity activity)
    {
        (string, string?)[] ids =
        [
            ("id", activity.Id), ("replyToId", activity.ReplyToId), ("conversation.id", activity.Conversation?.Id),
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

    // "." and ".." survive URL escaping and Uri removes them, moving a connector call to another path.
    private static bool IsDotSegment(string id) => id is "." or "..";
}
