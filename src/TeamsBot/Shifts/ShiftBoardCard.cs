using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;


namespace TeamsBot.Shifts;

/// <summary>The channel's shift board: who is on duty, who has checked out today, and the buttons.</summary>
public static class ShiftBoardCard
{
    public static AdaptiveCard Build(ShiftBoard board, Uri? dropInRoom, Texts texts)
    {
        var title = texts.Get("Board.Title", board.Day.ToDateTime(TimeOnly.MinValue).ToString("D", CultureInfo.CurrentCulture));
        List<CardElement> body =
        [
            new TextBlock(title) { Size = "Medium", Weight = "Bolder", Style = "heading" },
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

        // The day lets a press on an old board act without turning that old message into today's board.
        var data = new Dictionary<string, string> { [ShiftVerbs.DayKey] = DayValue(board.Day) };
        List<CardAction> actions =
        [
            new ExecuteAction(texts["Board.CheckIn"], ShiftVerbs.CheckIn, data) { Style = "positive" },
            new ExecuteAction(texts["Board.CheckOut"], ShiftVerbs.CheckOut, data),
        ];
        if (dropInRoom is not null)
        {
            actions.Add(new OpenUrlAction(texts["Board.DropIn"], dropInRoom));
        }

        return new AdaptiveCard(body, actions) { Speak = title };
    }

    public static string DayValue(DateOnly day) => DayKey.Of(day);

    private static string Span(BoardEntry entry, Texts texts) =>
        texts.Get(entry.NotCheckedOut ? "Board.NotCheckedOut" : "Board.Span", Texts.Time(entry.Since), Texts.Time(entry.Until!.Value));
}
