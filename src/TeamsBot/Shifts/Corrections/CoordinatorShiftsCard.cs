using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>A coordinator's list of today's shifts in every duty channel, each with a button to correct it.</summary>
public static class CoordinatorShiftsCard
{
    /// <param name="shifts">Today's shifts, in the order to show.</param>
    /// <param name="today">The organisation's today: closed shifts in the list are filed under it.</param>
    /// <param name="zone">The organisation's time zone.</param>
    /// <param name="texts">The shifts feature's texts.</param>
    /// <param name="notice">What just happened (a correction saved), shown above the list.</param>
    public static AdaptiveCard Build(IReadOnlyList<Shift> shifts, DateOnly today, TimeZoneInfo zone, Texts texts, string? notice = null)
    {
        var title = texts.Get("Coordinator.Title", today.ToDateTime(TimeOnly.MinValue).ToString("D", CultureInfo.CurrentCulture));
        List<CardElement> body = [TextBlock.Heading(title)];
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = "Good", Weight = "Bolder" });
        }

        if (shifts.Count == 0)
        {
            body.Add(new TextBlock(texts["Coordinator.NoShifts"]) { IsSubtle = true });
        }

        body.AddRange(shifts.Select(shift => Row(shift, today, zone, texts)));
        body.Add(new TextBlock(texts["Coordinator.Hint"]) { IsSubtle = true, Spacing = "Medium" });
        return new AdaptiveCard(body) { Speak = title };
    }

    private static Container Row(Shift shift, DateOnly today, TimeZoneInfo zone, Texts texts)
    {
        var key = ShiftKey.Of(shift, today);
        var button = ExecuteAction.For(texts.Get("Coordinator.Correct", shift.Counsellor.Name), EditShiftPress.For(key));
        return new Container(
        [
            new FactSet([new Fact(shift.Counsellor.Name, ShiftTimes.Describe(shift, zone, texts))]),
            new ActionSet([button]),
        ]) { Separator = true, Spacing = "Medium" };
    }
}

/// <summary>A shift's times as the board writes them, for the coordinator's cards.</summary>
public static class ShiftTimes
{
    public static string Describe(Shift shift, TimeZoneInfo zone, Texts texts)
    {
        var since = TimeZoneInfo.ConvertTime(shift.CheckedInAt, zone);
        if (shift.CheckedOutAt is not { } until)
        {
            return texts.Get("Board.Since", Texts.Time(since));
        }

        var entry = new BoardEntry(shift.Counsellor.TeamsId, shift.Counsellor.Name, since, TimeZoneInfo.ConvertTime(until, zone),
            shift.End == ShiftEnd.ClosedByBot && !shift.IsCorrected, shift.IsCorrected);
        return texts.Get(ShiftBoardCard.SpanKey(entry), Texts.Time(entry.Since), Texts.Time(entry.Until!.Value));
    }
}
