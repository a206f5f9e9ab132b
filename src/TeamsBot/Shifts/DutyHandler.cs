using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// <c>/vagt</c> (<c>/duty</c>), anywhere: today's board as a card, so nobody has to scroll up to it. In a channel the
/// team's duty channel's board; elsewhere every board of today. Locally, in the Agents Playground, it posts the channel's board
/// anew instead, since a reload of the Playground loses every message it showed (see <see cref="PlaygroundBoards"/>).
/// </summary>
public sealed class DutyHandler(ShiftBoardPublisher boards, PlaygroundBoards playground, DutyChannels duty, Texts<Strings> texts)
{
    public async Task OnDutyAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // In a channel: the team's board, even when asked in General; elsewhere: every board of today.
        var teams = await duty.DutyChannelOfAsync(turn, cancellationToken);
        if (teams is not null && teams == turn.ChannelId() && playground.IsPlayground(turn.Activity))
        {
            await boards.RepostAsync(teams, turn.Activity.Id, cancellationToken);
            return;
        }

        IReadOnlyList<string> channels = teams is not null ? [teams] : await boards.ChannelsWithABoardTodayAsync(cancellationToken);
        if (channels.Count == 0)
        {
            await turn.ReplyAsync(Activity.TextMessage(texts["Duty.NoBoardToday"]), cancellationToken);
            return;
        }

        foreach (var channelId in channels)
        {
            var card = await boards.SnapshotAsync(channelId, id => TeamsLinks.ChannelMessage(turn.Activity, channelId, id), cancellationToken);
            await turn.ReplyAsync(Activity.CardMessage(card), cancellationToken);
        }
    }
}
