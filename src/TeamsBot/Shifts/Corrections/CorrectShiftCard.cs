using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>The form that corrects one shift's check-out time; after a refused save it comes back with the reason and what was typed.</summary>
public static class CorrectShiftCard
{
    /// <param name="shift">The shift as stored now.</param>
    /// <param name="key">How the form names the shift.</param>
    /// <param name="zone">The organisation's time zone.</param>
    /// <param name="texts">The shifts feature's texts.</param>
    /// <param name="error">Why the last save was refused, or null.</param>
    /// <param name="typed">The time typed last, when it was one.</param>
    public static AdaptiveCard Build(Shift shift, ShiftKey key, TimeZoneInfo zone, Texts texts, string? error = null, TimeOnly? typed = null)
    {
        var title = texts.Get("Correct.Title", shift.Counsellor.Name);
        var checkIn = TimeZoneInfo.ConvertTime(shift.CheckedInAt, zone);
        List<CardElement> body =
        [
            TextBlock.Heading(title),
            new FactSet(
            [
                new Fact(texts["Correct.CheckedIn"], Texts.Time(checkIn)),
                new Fact(texts["Correct.Now"], ShiftTimes.Describe(shift, zone, texts)),
            ]),
        ];
        if (error is not null)
        {
            body.Add(new TextBlock(error) { Color = "Attention", Weight = "Bolder" });
        }

        body.Add(new TimeInput(CorrectShiftPress.TimeInputId, texts[shift.IsOpen ? "Correct.CheckOutLabel" : "Correct.NewCheckOutLabel"])
        {
            IsRequired = true,
            ErrorMessage = texts["Correct.TimeRequired"],
            Value = typed ?? (shift.CheckedOutAt is { } until ? TimeOnly.FromTimeSpan(TimeZoneInfo.ConvertTime(until, zone).TimeOfDay) : null),
        });
        body.Add(new TextBlock(texts["Correct.Explain"]) { IsSubtle = true });

        CardAction[] actions =
        [
            ExecuteAction.For(texts["Correct.Save"], CorrectShiftPress.For(key, shift.CheckedOutAt)) with { Style = "positive" },
            ExecuteAction.For(texts["Correct.Back"], new ShowShiftsPress()) with { AssociatedInputs = AssociatedInputs.None },
        ];
        return new AdaptiveCard(body, actions) { Speak = title };
    }
}
