using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.Extensions.Options;
using TeamsBot.Localization;
using TeamsBot.Sparring;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>The close-down ritual's buttons: "I've closed down" (recorded) and "I need to talk to someone".</summary>
public sealed class CloseDownHandler(ShiftService shifts, IShiftStore store, OrganisationClock clock, Texts<Strings> texts, IOptions<ShiftOptions> options, SparringContacts sparring)
{
    public async Task<InvokeResponse> OnClosedDownAsync(TurnContext turn, ClosedDownPress press, CancellationToken cancellationToken)
    {
        var shiftRef = press.ToRef();
        var result = await shifts.RecordClosedDownAsync(shiftRef, turn.Activity.From!.Id!, cancellationToken);
        return result switch
        {
            { Outcome: ClosedDownOutcome.NotYours } => AdaptiveCardInvokeResponse.Message(texts["Ritual.NotYours"]),
            { Shift: { ClosedDownAt: { } at } shift } => AdaptiveCardInvokeResponse.Card(
                CloseRitualCard.Build(shift, shiftRef, options.Value, sparring, texts, CloseRitualCard.State.ClosedDown, clock.Local(at))),
            _ => AdaptiveCardInvokeResponse.Message(texts["Ritual.NotFound"]),
        };
    }

    public async Task<InvokeResponse> OnNeedToTalkAsync(TurnContext turn, NeedToTalkPress press, CancellationToken cancellationToken)
    {
        var shiftRef = press.ToRef();
        if (turn.ActsForSomeoneElse(press.CounsellorId))
        {
            return AdaptiveCardInvokeResponse.Message(texts["Ritual.NotYours"]);
        }

        var shift = await store.GetClosedAsync(shiftRef, cancellationToken);
        return shift is null
            ? AdaptiveCardInvokeResponse.Message(texts["Ritual.NotFound"])
            : AdaptiveCardInvokeResponse.Card(CloseRitualCard.Build(shift, shiftRef, options.Value, sparring, texts, CloseRitualCard.State.ShowingSparring,
                shift.ClosedDownAt is { } at ? clock.Local(at) : null));
    }

    /// <summary>A ritual button whose shift reference cannot be read: to the counsellor, that shift is not there any more.</summary>
    public Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message(texts["Ritual.NotFound"]));
}
