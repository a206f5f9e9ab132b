using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Conversations;
using TeamsBot.DueWork;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>
/// The buttons on a request's cards. Each press is a transition on the request as stored (under its ETag, so of two
/// accepts exactly one wins); a refused one (not routed to you, taken, cancelled, closed, unknown) changes nothing and
/// says why. After a change every card of the request is brought up to date in place, and the presser's own card is the answer.
/// </summary>
public sealed class SparringPressHandler(ISparringRequestStore store, SparringEscalation escalation, RequestCards cards, IShiftStore shifts, IDueWork dueWork,
    PersonalChat personal, OrganisationClock clock, Texts<Strings> texts, ILogger<SparringPressHandler> log)
{
    public async Task<InvokeResponse> OnAcceptAsync(TurnContext turn, AcceptSparringPress press, CancellationToken cancellationToken)
    {
        var actor = turn.Actor();
        // Only asked when it can matter: after the duty channel was asked, anyone on duty now may take it.
        var onDuty = await shifts.GetOpenAnywhereAsync(actor.TeamsId, cancellationToken) is not null;
        var change = await store.ChangeAsync(press.RequestId, r => SparringTransitions.Accept(r, actor, onDuty, clock.Now), cancellationToken);
        var answer = await AnswerAsync(turn, actor, press.RequestId, "accept", change, "Request.Answer.Accepted", cancellationToken);
        if (change.Changed && change.Request is { } accepted)
        {
            await TellCounsellorAcceptedAsync(accepted, actor, cancellationToken);
            await CancelNextStepAsync(press.RequestId, cancellationToken);
        }

        return answer;
    }

    /// <summary>
    /// The counsellor's card already says who is calling, but Teams makes no sound for a card updated in place: a
    /// counsellor waiting at home must notice at once, so the news also comes as a short new message.
    /// </summary>
    private async Task TellCounsellorAcceptedAsync(SparringRequest request, Person accepter, CancellationToken cancellationToken)
    {
        using (BotCultures.Use(BotCultures.For(request.Counsellor.Locale)))
        {
            var text = texts.Get("Request.AcceptedNotice", RequestCardParts.NameOf(accepter, texts));
            await personal.SendAsync(PersonAddress.Of(request.Counsellor), Activity.TextMessage(text), cancellationToken);
        }
    }

    public async Task<InvokeResponse> OnDeclineAsync(TurnContext turn, DeclineSparringPress press, CancellationToken cancellationToken)
    {
        var actor = turn.Actor();
        var change = await store.ChangeAsync(press.RequestId, r => SparringTransitions.Decline(r, actor, clock.Now), cancellationToken);
        if (change.EscalateNow)
        {
            await EscalateNowAsync(press.RequestId, cancellationToken);
            change = change with { Request = await store.GetAsync(press.RequestId, cancellationToken) ?? change.Request };
        }

        return await AnswerAsync(turn, actor, press.RequestId, "decline", change, "Request.Answer.Declined", cancellationToken);
    }

    public async Task<InvokeResponse> OnCancelAsync(TurnContext turn, CancelSparringPress press, CancellationToken cancellationToken)
    {
        var actor = turn.Actor();
        var change = await store.ChangeAsync(press.RequestId, r => SparringTransitions.Cancel(r, actor, clock.Now), cancellationToken);
        var answer = await AnswerAsync(turn, actor, press.RequestId, "cancel", change, "Request.Answer.Cancelled", cancellationToken);
        if (change.Changed)
        {
            await CancelNextStepAsync(press.RequestId, cancellationToken);
        }

        return answer;
    }

    public async Task<InvokeResponse> OnDoneAsync(TurnContext turn, DoneSparringPress press, CancellationToken cancellationToken)
    {
        var actor = turn.Actor();
        var change = await store.ChangeAsync(press.RequestId, r => SparringTransitions.Done(r, actor, press.FollowUp, clock.Now), cancellationToken);
        return await AnswerAsync(turn, actor, press.RequestId, "done", change, "Request.Answer.Done", cancellationToken);
    }

    /// <summary>
    /// After the cards and messages, and only tidying: a step that still fires finds the request taken or cancelled and
    /// sends nothing. So storage failing here must not turn a saved press into an error whose retry would be refused.
    /// </summary>
    private async Task CancelNextStepAsync(string requestId, CancellationToken cancellationToken)
    {
        try
        {
            await dueWork.CancelAsync(SparringEscalation.WorkKind, requestId, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.IsUnavailable(e))
        {
            RequestLog.NextStepNotCancelled(log, e, requestId);
        }
    }

    /// <summary>
    /// The next step right away, inside the press. If it cannot run now (storage hiccup), it is left to due work, due
    /// now, so "Can't right now" never ends in silence.
    /// </summary>
    private async Task EscalateNowAsync(string requestId, CancellationToken cancellationToken)
    {
        try
        {
            await escalation.RunAsync(requestId, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.IsUnavailable(e))
        {
            RequestLog.StepDeferred(log, e, requestId);
            await dueWork.ScheduleAsync(SparringEscalation.WorkKind, requestId, clock.Now, null, cancellationToken);
        }
    }

    private async Task<InvokeResponse> AnswerAsync(TurnContext turn, Person actor, string requestId, string press, SparringChange change, string doneKey, CancellationToken cancellationToken)
    {
        RequestLog.Pressed(log, requestId, press, change.Refusal?.Reason.ToString() ?? "changed");
        if (change.Refusal is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Message(RefusalText(refusal));
        }

        var mine = await cards.EveryoneAsync(change.Request!, actor, cancellationToken);
        // In a channel a card answer would replace the shared card in the presser's Teams: there, a message.
        return turn.Activity.IsPersonal() && mine is not null
            ? AdaptiveCardInvokeResponse.Card(mine)
            : AdaptiveCardInvokeResponse.Message(texts.Get(doneKey, RequestCardParts.NameOf(change.Request!.Counsellor, texts)));
    }

    private string RefusalText(SparringRefusal refusal) => refusal.Reason switch
    {
        SparringRefusalReason.AlreadyTaken => texts.Get("Request.Refused.AlreadyTaken", RequestCardParts.NameOf(refusal.TakenBy, texts)),
        _ => texts["Request.Refused." + refusal.Reason],
    };
}
