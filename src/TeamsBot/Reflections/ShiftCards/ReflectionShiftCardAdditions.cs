using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Reflections;

/// <summary>
/// The reflection form on the shift cards: <b>Call ended</b> on the board and on the start-of-shift checklist (the
/// press acts for whoever pressed it), and on the close-down ritual the forms of this shift still unfinished, each
/// with a button that opens it; nothing there when every form is done.
/// </summary>
public sealed class ReflectionShiftCardAdditions(IReflectionStore store, OrganisationClock clock, Texts<Strings> texts) : IShiftCardAdditions
{
    /// <summary>Shared by everyone in the channel: the press is the presser's.</summary>
    public IReadOnlyList<CardAction> BoardButtons(ShiftBoardContext board) => [CallEnded(new CallEndedPress())];

    /// <summary>The checklist is one counsellor's: it names them, so the card forwarded to someone else does not work for them.</summary>
    public IReadOnlyList<CardAction> StartRitualButtons(StartRitualContext start) => [CallEnded(new CallEndedPress(start.Shift.Counsellor.TeamsId))];

    public async Task<CardAddition> CloseRitualAsync(CloseRitualContext close, CancellationToken cancellationToken)
    {
        var shift = new ShiftLink(close.Ref.ChannelId, close.Ref.CheckedInTicks);
        var unfinished = await store.ListUnsubmittedOfShiftAsync(close.Ref.CounsellorId, shift, cancellationToken);
        return unfinished.Count == 0 ? CardAddition.None : new CardAddition([UnfinishedForms.Build(unfinished, clock, texts)], []);
    }

    private ExecuteAction CallEnded(CallEndedPress press) => ExecuteAction.For(texts["ShiftCards.CallEnded"], press);
}
