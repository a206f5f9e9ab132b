using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>The channel's shift board: who is on duty, who has checked out today, and the buttons.</summary>
public static class ShiftBoardCard
{
    /// <param name="additions">Other features' buttons (see <see cref="IShiftCardAdditions"/>), after check-in and check-out.</param>
    /// <param name="content">Other features' content read from storage: elements after who is on duty, buttons after the others.</param>
    public static AdaptiveCard Build(ShiftBoard board, Uri? dropInRoom, Texts texts, IReadOnlyList<CardAction>? additions = null, CardAddition? content = null)
    {
        List<CardAction> actions =
        [
            ExecuteAction.For(texts["Board.CheckIn"], new CheckInPress(board.Day)) with { Style = "positive" },
            ExecuteAction.For(texts["Board.CheckOut"], new CheckOutPress(board.Day)),
            .. additions ?? [],
            .. content?.Actions ?? [],
        ];
        return Card(board, dropInRoom, texts, actions, content?.Body);
    }

    /// <summary>
    /// The board as an answer to <c>/vagt</c>: the same view, without check-in and check-out buttons (they belong on
    /// the channel's own board), and with a link to that board when it has been posted.
    /// </summary>
    public static AdaptiveCard Snapshot(ShiftBoard board, Uri? dropInRoom, Uri? liveBoard, Texts texts, CardAddition? content = null) =>
        Card(board, dropInRoom, texts, [.. liveBoard is null ? [] : new[] { new OpenUrlAction(texts["Board.GoTo"], liveBoard) }, .. content?.Actions ?? []],
            content?.Body);

    private static AdaptiveCard Card(ShiftBoard board, Uri? dropInRoom, Texts texts, List<CardAction> actions, IReadOnlyList<CardElement>? content)
    {
        var title = texts.Get("Board.Title", board.Day.ToDateTime(TimeOnly.MinValue).ToString("D", CultureInfo.CurrentCulture));
        List<CardElement> body =
        [
            TextBlock.Heading(title),
            new TextBlock(texts["Board.OnDutyHeader"]) { Weight = "Bolder", Spacing = "Medium" },
            board.OnDuty.Count == 0
                ? new TextBlock(texts["Board.NobodyOnDuty"]) { IsSubtle = true }
                : new FactSet([.. board.OnDuty.Select(e => new Fact(e.Name, texts.Get("Board.Since", Texts.Time(e.Since))))]),
        ];

        if (board.CheckedOut.Count > 0)
        {
            body.Add(new TextBlock(texts["Board.CheckedOutHeader"]) { Weight = "Bolder", Spacing = "Medium" });
            body.Add(new FactSet([.. board.CheckedOut.Select(e => new Fact(e.Name, Span(e, texts)))]));
        }

        body.AddRange(content ?? []);

        if (dropInRoom is not null)
        {
            body.Add(new TextBlock(texts["Board.DropInHint"]) { IsSubtle = true, Spacing = "Medium" });
        }

        if (dropInRoom is not null)
        {
            actions.Add(new OpenUrlAction(texts["Board.DropIn"], dropInRoom));
        }

        return new AdaptiveCard(body, actions.Count > 0 ? actions : null) { Speak = title };
    }

    private static string Span(BoardEntry entry, Texts texts) =>
        texts.Get(SpanKey(entry), Texts.Time(entry.Since), Texts.Time(entry.Until!.Value));

    /// <summary>How a closed shift's times read: plain, "not checked out" (closed by the bot), or corrected by a coordinator.</summary>
    public static string SpanKey(BoardEntry entry) =>
        entry.Corrected ? "Board.Corrected" : entry.NotCheckedOut ? "Board.NotCheckedOut" : "Board.Span";
}
