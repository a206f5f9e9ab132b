using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// Each channel's board is a live card per local day: posted on the day's first change, then updated in place
/// (see <see cref="LiveCards"/> for the rules every live card follows).
/// </summary>
public sealed class ShiftBoardPublisher(ShiftService shifts, OrganisationClock clock, LiveCards cards, LiveCardMessages messages, Texts<Strings> texts, IOptions<ShiftOptions> options,
    ShiftCardAdditions additions, RecentBoards recent)
{
    /// <summary>The board card as it is now, in the board's language.</summary>
    public async Task<AdaptiveCard> BuildCardAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
    {
        var board = await recent.ReadAsync(channelId, day, BoardRead(channelId, day)).WaitAsync(cancellationToken);
        using (BotCultures.Use(BotCultures.For(options.Value.BoardLanguage)))
        {
            // Asked inside the board's language, so other features' parts read in it too.
            var context = new ShiftBoardContext(channelId, day);
            var content = await additions.BoardContentAsync(context, cancellationToken);
            return ShiftBoardCard.Build(board, options.Value.DropInRoomUrl, texts, additions.BoardButtons(context), content);
        }
    }

    /// <summary>
    /// A board button's text (<c>Board.CheckIn</c>, <c>Board.CheckOut</c>) in the board's language, for a sentence that
    /// names the button: the reader must find on the board the very words the sentence tells them to press.
    /// </summary>
    public string ButtonText(string key)
    {
        using (BotCultures.Use(BotCultures.For(options.Value.BoardLanguage)))
        {
            return texts[key];
        }
    }

    /// <summary>
    /// Brings today's board up to date with every change made before this call. Failures are logged, not thrown: the
    /// caller's change is stored and the next publish shows it. The result carries the card now showing, so a
    /// button's answer can reuse it instead of reading the board again.
    /// </summary>
    public Task<LiveCardResult> TryPublishAsync(string channelId, string? activityId, CancellationToken cancellationToken) =>
        PublishTodayAsync(channelId, activityId, repost: false, cancellationToken);

    /// <summary>Posts today's board anew and makes the new message the board (for a client that lost the old one).</summary>
    public Task<LiveCardResult> RepostAsync(string channelId, string? activityId, CancellationToken cancellationToken) =>
        PublishTodayAsync(channelId, activityId, repost: true, cancellationToken);

    private Task<LiveCardResult> PublishTodayAsync(string channelId, string? activityId, bool repost, CancellationToken cancellationToken)
    {
        var day = clock.Today;
        recent.Forget(channelId, day); // Every change publishes: /vagt stops showing the board from before it.
        return cards.PublishAsync(Key(channelId, day), new LiveCardPlace.Channel(channelId),
            ct => BuildCardAsync(channelId, day, ct), activityId, cancellationToken, repost);
    }

    /// <summary>
    /// Today's board of a channel as an answer (no buttons), with a link to the channel's own board message when there
    /// is one: the board as read at most <see cref="RecentBoards.KeptFor"/> ago (see <see cref="RecentBoards"/>), and no
    /// link for a board nobody is on (nothing to go and see).
    /// </summary>
    public async Task<AdaptiveCard> SnapshotAsync(string channelId, Func<string, Uri> linkTo, CancellationToken cancellationToken)
    {
        var day = clock.Today;
        var board = await recent.GetAsync(channelId, day, BoardRead(channelId, day)).WaitAsync(cancellationToken);
        var key = Key(channelId, day);
        var message = board.OnDuty.Count == 0 && board.CheckedOut.Count == 0 ? null
            : cards.KnownMessage(key) ?? await messages.GetAsync(key, cancellationToken);
        using (BotCultures.Use(BotCultures.For(options.Value.BoardLanguage)))
        {
            var content = await additions.BoardContentAsync(new ShiftBoardContext(channelId, day), cancellationToken);
            return ShiftBoardCard.Snapshot(board, options.Value.DropInRoomUrl, message is null ? null : linkTo(message.ActivityId), texts, content);
        }
    }

    /// <summary>The board's query, not cancelled with the asking turn: another turn's snapshot may share it (<see cref="RecentBoards"/>).</summary>
    private Func<Task<ShiftBoard>> BoardRead(string channelId, DateOnly day) => () => shifts.GetBoardAsync(channelId, day, CancellationToken.None);

    /// <summary>The channels that have a board today.</summary>
    public Task<IReadOnlyList<string>> ChannelsWithABoardTodayAsync(CancellationToken cancellationToken) =>
        messages.ScopesNamedAsync(ShiftsFeature.BoardsTable, DayKey.Of(clock.Today), cancellationToken);

    /// <summary>One board per channel per local day, in the Boards table (partition: channel; row: day).</summary>
    public static LiveCardKey Key(string channelId, DateOnly day) => new(ShiftsFeature.BoardsTable, channelId, DayKey.Of(day));
}
