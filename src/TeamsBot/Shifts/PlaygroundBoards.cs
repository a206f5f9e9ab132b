using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// The Microsoft 365 Agents Playground forgets every message it showed when its page is reloaded, yet answers 200 to
/// updates of them, so the bot cannot tell that its board is gone. Reopening the channel after a reload sends a
/// <c>conversationUpdate</c> adding the bot: in Development, from the Playground (a connector on this machine), the
/// day's board is then posted anew. Never in a real tenant, nor for another local connector (the Bot Framework
/// Emulator's, the benchmark's), which gets what Teams gets.
/// </summary>
public sealed class PlaygroundBoards(ShiftBoardPublisher boards, IHostEnvironment environment)
{
    private const string PlaygroundConnectorPath = "/_connector";

    /// <summary>
    /// Development, and the Playground's connector on this machine (<c>http://localhost:56150/_connector</c>), not Teams.
    /// Another local connector (the benchmark's) gets what Teams gets.
    /// </summary>
    public bool IsPlayground(Activity activity) =>
        environment.IsDevelopment()
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var service) && service.IsLoopback
        && service.AbsolutePath.StartsWith(PlaygroundConnectorPath, StringComparison.OrdinalIgnoreCase);

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
