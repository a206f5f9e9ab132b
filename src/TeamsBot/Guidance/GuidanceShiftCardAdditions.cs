using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Shifts;

namespace TeamsBot.Guidance;

/// <summary>
/// <b>Procedurer</b> on the start-of-shift checklist (seed advice 5: take the procedures out as the shift begins). The
/// press sends the list of procedures as a new message, so the checklist stays; it names nobody, so it works for
/// whoever presses it.
/// </summary>
public sealed class GuidanceShiftCardAdditions(Texts<Strings> texts) : IShiftCardAdditions
{
    public IReadOnlyList<CardAction> StartRitualButtons(StartRitualContext start) =>
        [ExecuteAction.For(texts["ShiftCards.Procedures"], GuidanceSearchPress.For(GuidanceKind.Procedure))];
}
