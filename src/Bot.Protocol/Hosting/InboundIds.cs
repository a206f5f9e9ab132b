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

        return problems;
    }
}
