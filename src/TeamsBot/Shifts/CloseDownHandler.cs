using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Sparring;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>The close-down ritual's buttons: "I've closed down" (recorded) and "I need to talk to someone".</summary>
public sealed class CloseDownHandler(ShiftService shifts, IShiftStore store, OrganisationClock clock, Texts<Strings> texts, IOptions<ShiftOptions> options,
    SparringContacts sparring, ShiftCardAdditions additions)
{
    public async Task<InvokeResponse> OnClosedDownAsync(TurnContext turn, ClosedDownPress press, CancellationToken cancellationToken)
    {
        var shiftRef = press.ToRef();
        var result = await shifts.RecordClosedDownAsync(shiftRef, turn.Activity.From!.Id!, cancellationToken);
        return result switch
        {
            { Outcome: ClosedDownOutcome.NotYours } => AdaptiveCardInvokeResponse.Message(texts["Ritual.NotYours"]),
            { Shift: { ClosedDownAt: { } at } shift } => AdaptiveCardInvokeResponse.Card(
                await RenderAsync(shift, shiftRef, CloseRitualCard.State.ClosedDown, clock.Local(at), cancellationToken)),
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
            : AdaptiveCardInvokeResponse.Card(await RenderAsync(shift, shiftRef, CloseRitualCard.State.ShowingSparring,
                shift.ClosedDownAt is { } at ? clock.Local(at) : null, cancellationToken));
    }

    /// <summary>A ritual button whose shift reference cannot be read: to the counsellor, that shift is not there any more.</summary>
    public Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message(texts["Ritual.NotFound"]));

    /// <summary>The answer replaces the card, so other features' parts are asked for again, or they would vanish on the first press.</summary>
    private async Task<AdaptiveCard> RenderAsync(Shift shift, ShiftRef shiftRef, CloseRitualCard.State state, DateTimeOffset? closedDownLocal, CancellationToken cancellationToken)
    {
        var addition = await additions.CloseRitualAsync(new CloseRitualContext(shift, shiftRef, state), cancellationToken);
        var line = await sparring.ForChannelAsync(shift.ChannelId, cancellationToken);
        return CloseRitualCard.Build(shift, shiftRef, options.Value, line, texts, state, closedDownLocal, addition);
    }
}
