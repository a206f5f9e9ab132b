using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;

namespace TeamsBot.Organisation;

/// <summary>Who typed or pressed, read from the activity: the only source of a person's identity the bot trusts.</summary>
public static class TurnPeople
{
    public static Person Actor(this TurnContext turn) => new(
        turn.Activity.From!.Id!,
        turn.Activity.From.Name ?? string.Empty,
        turn.Activity.From.AadObjectId,
        turn.Activity.GetLocale());

    /// <summary>
    /// The "act only for yourself" rule: a card may name the person it acts for, and it must be the one pressing.
    /// Cards are shared in a channel and their data can be forged, so the presser always comes from the activity.
    /// </summary>
    public static bool ActsForSomeoneElse(this TurnContext turn, string? namedTeamsId) =>
        namedTeamsId is not null && !string.Equals(namedTeamsId, turn.Activity.From!.Id, StringComparison.Ordinal);

    /// <summary>The channel's root conversation id when the turn is in a team channel, else null.</summary>
    public static string? ChannelId(this TurnContext turn) =>
        turn.Activity.IsChannel() ? turn.Activity.GetRootConversationId() : null;
}
