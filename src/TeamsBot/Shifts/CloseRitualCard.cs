using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Sparring;


namespace TeamsBot.Shifts;

/// <summary>
/// The close-down ritual after check-out, in the counsellor's 1:1 chat. Its buttons carry the shift's
/// reference so "I've closed down" is recorded on that shift, and only its owner can press them.
/// </summary>
public static class CloseRitualCard
{
    public enum State { Open, ShowingSparring, ClosedDown }

    public static AdaptiveCard Build(Shift shift, ShiftRef shiftRef, ShiftOptions options, SparringContacts sparring, Texts texts, State state, DateTimeOffset? closedDownLocal = null)
    {
        var items = options.CloseRitual.Count > 0
            ? options.CloseRitual
            : [texts["CloseRitual.Item1"], texts["CloseRitual.Item2"], texts["CloseRitual.Item3"], texts["CloseRitual.Item4"]];

        List<CardElement> body =
        [
            new TextBlock(texts.Get("CloseRitual.Title", shift.Counsellor.Name)) { Size = "Medium", Weight = "Bolder", Style = "heading" },
            new TextBlock(texts["CloseRitual.Intro"]),
            .. items.Select(item => new TextBlock("- " + item) { Spacing = "Small" }),
        ];

        if (state == State.ShowingSparring)
        {
            body.Add(new Container(
            [
                new TextBlock(sparring.Intro),
                new TextBlock(sparring.Describe()) { Weight = "Bolder" },
            ]) { Style = "emphasis", Spacing = "Medium" });
        }

        if (state == State.ClosedDown)
        {
            body.Add(new TextBlock(texts.Get("CloseRitual.Thanks", Texts.Time(closedDownLocal!.Value))) { Color = "Good", Spacing = "Medium" });
            return new AdaptiveCard(body);
        }

        var data = Data(shiftRef);
        List<CardAction> actions =
        [
            new ExecuteAction(texts["CloseRitual.Done"], ShiftVerbs.ClosedDown, data) { Style = "positive" },
        ];
        if (state == State.Open)
        {
            actions.Add(new ExecuteAction(texts["CloseRitual.Talk"], ShiftVerbs.NeedToTalk, data));
        }
        else if (sparring.CallAction() is { } call)
        {
            actions.Add(call);
        }

        return new AdaptiveCard(body, actions);
    }

    public static Dictionary<string, string> Data(ShiftRef shiftRef) => new()
    {
        [ShiftVerbs.ChannelKey] = shiftRef.ChannelId,
        [ShiftVerbs.DayKey] = DayKey.Of(shiftRef.CheckoutDay),
        [ShiftVerbs.CounsellorKey] = shiftRef.CounsellorId,
        [ShiftVerbs.CheckedInKey] = shiftRef.CheckedInTicks.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a shift reference back from card data; null when any part is missing or malformed.</summary>
    public static ShiftRef? ParseRef(Func<string, string?> get) =>
        get(ShiftVerbs.ChannelKey) is { Length: > 0 } channel
        && DayKey.Parse(get(ShiftVerbs.DayKey)) is { } day
        && get(ShiftVerbs.CounsellorKey) is { Length: > 0 } counsellor
        && long.TryParse(get(ShiftVerbs.CheckedInKey), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new ShiftRef(channel, day, counsellor, ticks)
            : null;
}
