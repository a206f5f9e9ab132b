using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring.WaysIn;

/// <summary>
/// <b>Sparring</b> on the channel's shift board (one render for everyone: the press asks for whoever pressed) and on
/// the start-of-shift checklist (made for its counsellor: only they can press it).
/// </summary>
public sealed class SparringWaysInAdditions(Texts<Strings> texts) : IShiftCardAdditions
{
    public IReadOnlyList<CardAction> BoardButtons(ShiftBoardContext board) => [Button(new AskSparringPress())];

    public IReadOnlyList<CardAction> StartRitualButtons(StartRitualContext start) => [Button(new AskSparringPress(start.Shift.Counsellor.TeamsId))];

    private ExecuteAction Button(AskSparringPress press) => ExecuteAction.For(texts["Button.Sparring"], press);
}
