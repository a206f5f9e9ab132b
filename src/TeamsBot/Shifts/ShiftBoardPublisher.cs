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
public sealed class ShiftBoardPublisher(ShiftService shifts, OrganisationClock clock, LiveCards cards, Texts<Strings> texts, IOptions<ShiftOptions> options)
{
    /// <summary>The board card as it is now, in the board's language.</summary>
    public async Task<AdaptiveCard> BuildCardAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
    {
        var board = await shifts.GetBoardAsync(channelId, day, cancellationToken);
        using (BotCultures.Use(BotCultures.For(options.Value.BoardLanguage)))
        {
            return ShiftBoardCard.Build(board, options.Value.DropInRoomUrl, texts);
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
    public Task<LiveCardResult> TryPublishAsync(string channelId, string? activityId, CancellationToken cancellationToken)
    {
        var day = clock.Today;
        return cards.PublishAsync(Key(channelId, day), new LiveCardPlace.Channel(channelId),
            ct => BuildCardAsync(channelId, day, ct), activityId, cancellationToken);
    }

    /// <summary>One board per channel per local day, in the Boards table (partition: channel; row: day).</summary>
    public static LiveCardKey Key(string channelId, DateOnly day) => new(ShiftsFeature.BoardsTable, channelId, DayKey.Of(day));
}
