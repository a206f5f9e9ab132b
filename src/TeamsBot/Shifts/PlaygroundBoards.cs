using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// The Microsoft 365 Agents Playground forgets every message it showed when its page is reloaded, yet answers 200 to
/// updates of them, so the bot cannot tell that its board is gone. Reopening the channel after a reload sends a
/// <c>conversationUpdate</c> adding the bot: in Development, from the Playground (a connector on this machine), the
/// day's board is then posted anew. Never in a real tenant.
/// </summary>
public sealed class PlaygroundBoards(ShiftBoardPublisher boards, IHostEnvironment environment)
{
    /// <summary>Development, and a connector on this machine: the Playground (or another local emulator), not Teams.</summary>
    public bool IsPlayground(Activity activity) =>
        environment.IsDevelopment()
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var service) && service.IsLoopback;

    public async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botAdded = turn.Activity.MembersAdded?.Any(m => m.Id == turn.Activity.Recipient?.Id) == true;
        if (botAdded && turn.ChannelId() is { } channelId && IsPlayground(turn.Activity)
            && (await boards.ChannelsWithABoardTodayAsync(cancellationToken)).Contains(channelId))
        {
            await boards.RepostAsync(channelId, turn.Activity.Id, cancellationToken);
        }
    }
}
