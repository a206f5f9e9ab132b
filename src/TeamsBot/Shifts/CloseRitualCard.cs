using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Sparring;

namespace TeamsBot.Shifts;

/// <summary>
/// The close-down ritual after check-out, in the counsellor's 1:1 chat. Its buttons carry the shift's
/// reference so "I've closed down" is recorded on that shift, and only its owner can press them.
/// </summary>
public static class CloseRitualCard
{
    /// <summary>What the card shows: the ritual, the sparring contact (after "I need to talk"), or the thanks for closing down.</summary>
    public enum State { Open, ShowingSparring, ClosedDown }

    /// <param name="sparring">The sparring line: its contact only where the team keeps no on-call roster.</param>
    /// <param name="addition">Other features' content (see <see cref="IShiftCardAdditions"/>): elements after the checklist, buttons after the card's own.</param>
    public static AdaptiveCard Build(Shift shift, ShiftRef shiftRef, ShiftOptions options, SparringLine sparring, Texts texts, State state,
        DateTimeOffset? closedDownLocal = null, CardAddition? addition = null)
    {
        var items = options.CloseRitual.Count > 0
            ? options.CloseRitual
            : [texts["CloseRitual.Item1"], texts["CloseRitual.Item2"], texts["CloseRitual.Item3"], texts["CloseRitual.Item4"]];

        List<CardElement> body =
        [
            TextBlock.Heading(texts.Get("CloseRitual.Title", shift.Counsellor.Name)),
            new TextBlock(texts["CloseRitual.Intro"]),
            .. items.Select(item => new TextBlock("- " + item) { Spacing = "Small" }),
            .. addition?.Body ?? [],
        ];

        // Where the team keeps an on-call roster, the roster's addition names who to call, with the intro.
        if (state == State.ShowingSparring && sparring.Contact is { } contact)
        {
            body.Add(new Container(
            [
                new TextBlock(sparring.Intro),
                new TextBlock(contact) { Weight = "Bolder" },
            ]) { Style = "emphasis", Spacing = "Medium" });
        }

        // Closing down is recorded once; the way to ask for help stays on the card after it, whatever was pressed last.
        var closedDown = state == State.ClosedDown || closedDownLocal is not null;
        if (closedDown)
        {
            body.Add(new TextBlock(texts.Get("CloseRitual.Thanks", Texts.Time(closedDownLocal!.Value))) { Color = "Good", Spacing = "Medium" });
        }

        List<CardAction> actions = [];
        if (!closedDown)
        {
            actions.Add(ExecuteAction.For(texts["CloseRitual.Done"], ClosedDownPress.For(shiftRef)) with { Style = "positive" });
        }

        if (state != State.ShowingSparring)
        {
            actions.Add(ExecuteAction.For(texts["CloseRitual.Talk"], NeedToTalkPress.For(shiftRef)));
        }
        else if (sparring.Call is { } call)
        {
            actions.Add(call);
        }

        actions.AddRange(addition?.Actions ?? []);
        return new AdaptiveCard(body, actions.Count > 0 ? actions : null);
    }
}
