using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>The channel's shift board: who is on duty, who has checked out today, and the buttons.</summary>
public static class ShiftBoardCard
{
    public static AdaptiveCard Build(ShiftBoard board, Uri? dropInRoom, Texts texts)
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

        if (dropInRoom is not null)
        {
            body.Add(new TextBlock(texts["Board.DropInHint"]) { IsSubtle = true, Spacing = "Medium" });
        }

        List<CardAction> actions =
        [
            ExecuteAction.For(texts["Board.CheckIn"], new CheckInPress(board.Day)) with { Style = "positive" },
            ExecuteAction.For(texts["Board.CheckOut"], new CheckOutPress(board.Day)),
        ];
        if (dropInRoom is not null)
        {
            actions.Add(new OpenUrlAction(texts["Board.DropIn"], dropInRoom));
        }

        return new AdaptiveCard(body, actions) { Speak = title };
    }

    private static string Span(BoardEntry entry, Texts texts) =>
        texts.Get(entry.NotCheckedOut ? "Board.NotCheckedOut" : "Board.Span", Texts.Time(entry.Since), Texts.Time(entry.Until!.Value));
}
