using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// <c>/vagter</c> and its cards: a coordinator lists today's shifts in the 1:1 chat and corrects a check-out. Every
/// press is checked again here (the 1:1 chat, the coordinator role from the activity), as card data can be forged.
/// </summary>
public sealed class CoordinatorShiftsHandler(ShiftCorrector corrector, CorrectionFollowUp followUp, Roles roles, OrganisationClock clock, Texts<Strings> texts)
{
    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Never a list of shifts outside the 1:1 chat: in a channel it would show everyone's hours to the whole team.
        var reply = Refusal(turn) is { } refusal
            ? Activity.TextMessage(refusal)
            : Activity.CardMessage(await ListAsync(notice: null, cancellationToken));
        await turn.ReplyAsync(reply, cancellationToken);
    }

    public async Task<InvokeResponse> OnShowAsync(TurnContext turn, ShowShiftsPress press, CancellationToken cancellationToken) =>
        Refusal(turn) is { } refusal
            ? AdaptiveCardInvokeResponse.Message(refusal)
            : AdaptiveCardInvokeResponse.Card(await ListAsync(notice: null, cancellationToken));

    public async Task<InvokeResponse> OnEditAsync(TurnContext turn, EditShiftPress press, CancellationToken cancellationToken)
    {
        if (Refusal(turn) is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Message(refusal);
        }

        var shift = await corrector.FindAsync(press.ToKey(), cancellationToken);
        return shift is null
            ? AdaptiveCardInvokeResponse.Card(await ListAsync(texts["Correct.Gone"], cancellationToken))
            : AdaptiveCardInvokeResponse.Card(CorrectShiftCard.Build(shift, press.ToKey(), clock.Zone, texts));
    }

    public async Task<InvokeResponse> OnCorrectAsync(TurnContext turn, CorrectShiftPress press, CancellationToken cancellationToken)
    {
        if (Refusal(turn) is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Message(refusal);
        }

        var coordinator = turn.Actor();
        var result = await corrector.CorrectAsync(press.ToKey(), press.ToShownCheckOut(), press.CheckOutTime, coordinator, cancellationToken);
        if (result is { Succeeded: true, Shift: { } corrected })
        {
            await followUp.AfterAsync(corrected, coordinator, cancellationToken);
            var notice = texts.Get("Correct.Saved", corrected.Counsellor.Name, ShiftTimes.Describe(corrected, clock.Zone, texts));
            return AdaptiveCardInvokeResponse.Card(await ListAsync(notice, cancellationToken));
        }

        if (result.Shift is not { } current)
        {
            return AdaptiveCardInvokeResponse.Card(await ListAsync(texts["Correct.Gone"], cancellationToken));
        }

        // The form comes back with the reason; a shift changed meanwhile comes back as it is now, under its new key.
        var changed = result.Outcome == CorrectionOutcome.ShiftChanged;
        var key = changed ? ShiftKey.Of(current, press.Day ?? clock.Today) : press.ToKey();
        var typed = CommandTime.Parse(press.CheckOutTime);
        return AdaptiveCardInvokeResponse.Card(CorrectShiftCard.Build(current, key, clock.Zone, texts, Reason(result, press.CheckOutTime), changed ? null : typed));
    }

    /// <summary>Buttons whose data no longer fits (or was forged): the shift cannot be named, so the list is shown again.</summary>
    public async Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Refusal(turn) is { } refusal
            ? AdaptiveCardInvokeResponse.Message(refusal)
            : AdaptiveCardInvokeResponse.Card(await ListAsync(texts["Correct.Gone"], cancellationToken));

    private string? Refusal(TurnContext turn) =>
        !turn.Activity.IsPersonal() ? texts["Coordinator.OnlyPersonal"]
        : !roles.IsCoordinator(turn.Actor()) ? texts["Coordinator.OnlyCoordinators"]
        : null;

    private async Task<Cards.AdaptiveCard> ListAsync(string? notice, CancellationToken cancellationToken) =>
        CoordinatorShiftsCard.Build(await corrector.TodayAsync(cancellationToken), clock.Today, clock.Zone, texts, notice);

    private string Reason(CorrectionResult result, string? typed) => result.Outcome switch
    {
        CorrectionOutcome.NotATime => texts.Get("Correct.NotATime", typed ?? string.Empty),
        CorrectionOutcome.BeforeCheckIn => texts.Get("Correct.BeforeCheckIn", Texts.Time(clock.Local(result.Shift!.CheckedInAt))),
        CorrectionOutcome.InTheFuture => texts.Get("Correct.InTheFuture", Texts.Time(clock.Local(clock.Now))),
        _ => texts["Correct.Changed"],
    };
}
