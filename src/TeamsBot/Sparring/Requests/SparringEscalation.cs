using Bot.Protocol.Activities;
using TeamsBot.Conversations;
using TeamsBot.DueWork;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>What a run of the ladder came to: the request as last seen, and whether the counsellor was reached when told something.</summary>
public sealed record EscalationRun(SparringRequest? Request, bool? CounsellorReached);

/// <summary>
/// Takes a request's due steps, each exactly once however many instances run it: the step is claimed in the store
/// (<see cref="SparringTransitions.TakeStep"/> under the row's ETag) before anything is sent, so the instance whose claim
/// lands sends and the other stops. After the sends, anyone who could not be reached is reported, which makes the next
/// step due at once, and the coordinators are told who. The next step is then scheduled as due work under the request's id.
/// </summary>
public sealed class SparringEscalation(ISparringRequestStore store, EscalationLadder ladder, RequestCards cards, RequestCardFactsReader factsReader, IDueWork dueWork,
    PersonalChat personal, Roles roles, OrganisationClock clock, Texts<Strings> texts, ILogger<SparringEscalation> log)
{
    /// <summary>The due-work kind of a request's next step; the key is the request id.</summary>
    public const string WorkKind = "sparring.step";

    /// <summary>More than the ladder has rungs: a run never loops, even if a step keeps failing.</summary>
    private const int MaxStepsPerRun = 6;

    /// <summary>Takes every step due now, one after the other, then schedules the next. <paramref name="known"/> saves the first read.</summary>
    /// <param name="claimedFirst">A step the caller claimed already: the first, taken in the very write that kept the request
    /// (nobody else could know the request yet), so it is sent without a claim of its own.</param>
    /// <param name="counsellorShift">The counsellor's open shift, when the caller read it already.</param>
    /// <param name="scheduledFor">When the caller already scheduled the next step for.</param>
    public async Task<EscalationRun> RunAsync(string requestId, CancellationToken cancellationToken, SparringRequest? known = null,
        EscalationDecision? claimedFirst = null, KnownShift? counsellorShift = null, DateTimeOffset? scheduledFor = null)
    {
        var request = known ?? await store.GetAsync(requestId, cancellationToken);
        bool? counsellorReached = null;
        for (var i = 0; i < MaxStepsPerRun && request is not null; i++)
        {
            EscalationDecision step;
            if (i == 0 && claimedFirst is not null)
            {
                step = claimedFirst;
            }
            else
            {
                if (ladder.Next(request) is not { } next)
                {
                    return new EscalationRun(request, counsellorReached);
                }

                if (next.DueAt > clock.Now)
                {
                    if (scheduledFor != next.DueAt)
                    {
                        await dueWork.ScheduleAsync(WorkKind, requestId, next.DueAt, null, cancellationToken);
                    }

                    return new EscalationRun(request, counsellorReached);
                }

                var (claimed, claimedRequest) = await ClaimAsync(requestId, next, cancellationToken);
                if (claimed is null || claimedRequest is null)
                {
                    return new EscalationRun(claimedRequest, counsellorReached); // Another instance took it (and schedules what follows), or it closed.
                }

                (step, request) = (claimed, claimedRequest);
            }

            RequestLog.StepTaken(log, requestId, step.Number, step.Kind, step.Notify.Count);
            // The step after this one is scheduled while this one is sent: should the bot stop mid-send, the ladder still goes on.
            var following = ladder.Next(request);
            var schedule = following is null || following.DueAt == scheduledFor ? Task.CompletedTask
                : dueWork.ScheduleAsync(WorkKind, requestId, following.DueAt, null, cancellationToken);
            var send = SendAsync(request, step, i == 0 ? counsellorShift : null, cancellationToken);
            await Task.WhenAll(schedule, send);
            scheduledFor = following?.DueAt;
            var (unreachable, reached) = await send;
            counsellorReached = reached ?? counsellorReached;
            if (unreachable.Count > 0)
            {
                var sent = request;
                RequestLog.StepUnreachable(log, requestId, step.Number, unreachable.Count);
                request = (await store.ChangeAsync(requestId, r => SparringTransitions.ReportUnreachable(r, step.Number, unreachable, clock.Now), cancellationToken)).Request;
                await TellCoordinatorsAsync(sent, unreachable, cancellationToken);
                if (step.TellCounsellor == CounsellorNotice.SentToOnCall && request is not null)
                {
                    // The counsellor was just told it went to the on-call supervisor: say, in place, that it went on.
                    await cards.CounsellorAsync(request, await cards.FactsAsync(request, cancellationToken), cancellationToken);
                }
            }
        }

        return new EscalationRun(request, counsellorReached);
    }

    /// <summary>Claims <paramref name="next"/> under the row's ETag; (null, the request) when another instance took it or the request moved on.</summary>
    private async Task<(EscalationDecision? Step, SparringRequest? Request)> ClaimAsync(string requestId, EscalationDecision next, CancellationToken cancellationToken)
    {
        EscalationDecision? claimed = null;
        var claim = await store.ChangeAsync(requestId, stored =>
        {
            claimed = ladder.Next(stored);
            return claimed is { } decision && decision.Number == next.Number
                ? SparringTransitions.TakeStep(stored, decision, clock.Now)
                : SparringChange.Refused(stored, SparringRefusalReason.StepAlreadyTaken);
        }, cancellationToken);
        return claim.Changed ? (claimed, claim.Request) : (null, claim.Request);
    }

    /// <summary>Sends one step; returns who could not be reached, and whether the counsellor was (null: not told anything).</summary>
    private async Task<(IReadOnlyList<Recipient> Unreachable, bool? CounsellorReached)> SendAsync(SparringRequest request, EscalationDecision step, KnownShift? counsellorShift,
        CancellationToken cancellationToken)
    {
        var facts = await cards.FactsAsync(request, cancellationToken, counsellorShift);
        var notified = step.Notify.Select(r => NotifyAsync(request, step, r, facts, cancellationToken)).ToList();
        var counsellor = step.TellCounsellor == CounsellorNotice.None ? null : TellCounsellorAsync(request, step, facts, cancellationToken);
        if (step.AskDutyChannel)
        {
            if (await factsReader.DutyChannelOfAsync(request.Counsellor, cancellationToken) is { } channel)
            {
                await cards.ChannelAsync(request, channel, cancellationToken);
            }
            else
            {
                RequestLog.NoDutyChannel(log, request.Id);
            }
        }

        var reached = await Task.WhenAll(notified);
        bool? counsellorReached = counsellor is null ? null : await counsellor;
        return ([.. step.Notify.Where((_, i) => !reached[i])], counsellorReached);
    }

    /// <summary>A card for someone new; for someone the request went to before (the primary, reminded), a reminder and their card again.</summary>
    private async Task<bool> NotifyAsync(SparringRequest request, EscalationDecision step, Recipient recipient, RequestCardFacts facts, CancellationToken cancellationToken)
    {
        var card = cards.ResponderAsync(request, recipient, null, facts, cancellationToken, firstPost: step.Number == 1);
        var notifiedBefore = request.Steps.Take(step.Number - 1).Any(s => s.RoutedTo.Any(r => r.Same(recipient)));
        if (!notifiedBefore)
        {
            return (await card).Sent;
        }

        var reminder = await personal.SendAsync(recipient.ToAddress(), Activity.TextMessage(InDanish(() => texts.Get("Request.Reminder", RequestCardParts.NameOf(request.Counsellor, texts)))), cancellationToken);
        await card;
        return reminder.Sent;
    }

    private async Task<bool> TellCounsellorAsync(SparringRequest request, EscalationDecision step, RequestCardFacts facts, CancellationToken cancellationToken)
    {
        var card = await cards.CounsellorAsync(request, facts, cancellationToken, firstPost: step.Number == 1);
        // Only while nobody has taken it: an accept may have landed while this step was being sent.
        if (step.TellCounsellor == CounsellorNotice.NobodyAnswered && (await store.GetAsync(request.Id, cancellationToken))?.State == SparringRequestState.Open)
        {
            // An update in place makes no sound: the honest news also comes as a new message.
            using (BotCultures.Use(BotCultures.For(request.Counsellor.Locale)))
            {
                await personal.SendAsync(PersonAddress.Of(request.Counsellor), Activity.TextMessage(texts["Request.NobodyAnsweredYet"]), cancellationToken);
            }
        }

        if (!card.Sent)
        {
            RequestLog.CounsellorUnreachable(log, request.Id);
        }

        return card.Sent;
    }

    /// <summary>Tells every coordinator who was not among the unreachable that the request could not reach these people.</summary>
    private async Task TellCoordinatorsAsync(SparringRequest request, IReadOnlyList<Recipient> unreachable, CancellationToken cancellationToken)
    {
        var text = InDanish(() => texts.Get("Request.CoordinatorsUnreachable",
            string.Join(", ", unreachable.Select(u => u.Name ?? texts["Request.ACoordinator"])), RequestCardParts.NameOf(request.Counsellor, texts)));
        var coordinators = roles.Coordinators.Select(Recipient.ByEntraId).Where(c => !unreachable.Any(u => u.Same(c)));
        // One message each: a send fills in the message's conversation.
        await Task.WhenAll(coordinators.Select(c => personal.SendAsync(c.ToAddress(), Activity.TextMessage(text), cancellationToken)));
    }

    /// <summary>Messages to people whose Teams language the request does not know (recipients are kept by id) go in Danish, the product's first language.</summary>
    private static string InDanish(Func<string> text) => BotCultures.In(BotCultures.Danish, text);
}
