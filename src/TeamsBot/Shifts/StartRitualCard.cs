using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Sparring;

namespace TeamsBot.Shifts;

/// <summary>The start-of-shift checklist, sent to the counsellor's 1:1 chat (seed advice 5).</summary>
public static class StartRitualCard
{
    /// <param name="sparring">The sparring line: its contact only where the team keeps no on-call roster (whose content then names who is on call).</param>
    /// <param name="additions">Other features' buttons (see <see cref="IShiftCardAdditions"/>), before the card's links.</param>
    /// <param name="content">Other features' content read from storage: elements after the checklist, buttons with the links.</param>
    public static AdaptiveCard Build(string counsellorName, ShiftOptions options, SparringLine sparring, Texts texts, IReadOnlyList<CardAction>? additions = null,
        CardAddition? content = null)
    {
        var items = options.StartRitual.Count > 0
            ? options.StartRitual
            : [texts["StartRitual.Item1"], texts["StartRitual.Item2"], texts["StartRitual.Item3"]];

        List<CardElement> body =
        [
            TextBlock.Heading(texts.Get("StartRitual.Title", counsellorName)),
            new TextBlock(texts["StartRitual.Intro"]),
            .. items.Select(item => new TextBlock("- " + item) { Spacing = "Small" }),
        ];
        if (sparring.Contact is { } contact)
        {
            body.Add(new TextBlock(texts.Get("StartRitual.Sparring", contact)) { Spacing = "Medium" });
        }

        body.Add(new TextBlock(texts["StartRitual.Learning"]) { IsSubtle = true });
        body.AddRange(content?.Body ?? []);

        List<CardAction> actions = [.. additions ?? [], .. content?.Actions ?? []];
        if (sparring.Call is { } call)
        {
            actions.Add(call);
        }

        if (options.DropInRoomUrl is not null)
        {
            actions.Add(new OpenUrlAction(texts["Board.DropIn"], options.DropInRoomUrl));
        }

        return new AdaptiveCard(body, actions.Count > 0 ? actions : null);
    }
}
