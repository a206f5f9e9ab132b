using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;

namespace TeamsBot.Shifts;

/// <summary>What the shift handlers read from a turn: which channel, and who pressed or typed.</summary>
internal static class ShiftTurn
{
    public static string? ChannelId(TurnContext turn) =>
        turn.Activity.IsChannel() ? turn.Activity.GetRootConversationId() : null;

    public static Counsellor Counsellor(TurnContext turn) =>
        new(turn.Activity.From!.Id!, turn.Activity.From.Name ?? string.Empty, turn.Activity.GetLocale());

    /// <summary>
    /// A card may name the counsellor it acts for; it must be the one pressing. Cards are shared in a
    /// channel and their data can be forged, so the presser's identity always comes from the activity.
    /// </summary>
    public static bool ActsForSomeoneElse(TurnContext turn, AdaptiveCardAction action) =>
        action.GetString(ShiftVerbs.CounsellorKey) is { } named
        && !string.Equals(named, turn.Activity.From!.Id, StringComparison.Ordinal);
}
