using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>
/// Everything that happens to a request, as pure functions of the request as stored: the store applies them under the
/// row's ETag and applies them again to what another writer left, so two accepts at once meet and exactly one wins.
/// </summary>
public static class SparringTransitions
{
    /// <summary>
    /// <paramref name="actor"/> takes the request. Only someone a step went to may, or, once the duty channel was asked,
    /// anyone on duty now (<paramref name="actorOnDuty"/>: the handler asks the shifts, which the request cannot know).
    /// </summary>
    public static SparringChange Accept(SparringRequest request, Person actor, bool actorOnDuty, DateTimeOffset at)
    {
        if (Refusal(request) is { } closed)
        {
            return closed;
        }

        if (request.State == SparringRequestState.Accepted)
        {
            return SameActor(request.AcceptedBy, actor)
                ? SparringChange.Refused(request, SparringRefusalReason.AlreadyYours, request.AcceptedBy)
                : SparringChange.Refused(request, SparringRefusalReason.AlreadyTaken, request.AcceptedBy);
        }

        if (Recipient.Of(request.Counsellor).Is(actor))
        {
            return SparringChange.Refused(request, SparringRefusalReason.OwnRequest);
        }

        if (!request.WasRoutedTo(actor) && !(request.AskedOnDuty && actorOnDuty))
        {
            return SparringChange.Refused(request, SparringRefusalReason.NotRoutedToYou);
        }

        return SparringChange.To(request with { State = SparringRequestState.Accepted, AcceptedBy = actor, AcceptedAt = at });
    }

    /// <summary>
    /// "Can't right now" from someone the request went to: kept, and when the step being waited on went to them, the
    /// ladder moves on at once. They may still accept later.
    /// </summary>
    public static SparringChange Decline(SparringRequest request, Person actor, DateTimeOffset at)
    {
        if (Refusal(request) is { } closed)
        {
            return closed;
        }

        if (request.State == SparringRequestState.Accepted)
        {
            return SparringChange.Refused(request, SparringRefusalReason.AlreadyTaken, request.AcceptedBy);
        }

        if (!request.WasRoutedTo(actor))
        {
            return SparringChange.Refused(request, SparringRefusalReason.NotRoutedToYou);
        }

        var current = request.Steps[^1];
        var declined = request with { Declines = [.. request.Declines, new Decline(Recipient.Of(actor), at)] };
        return SparringChange.To(declined, escalateNow: current.RoutedTo.Any(r => r.Is(actor)));
    }

    /// <summary>The counsellor no longer needs it (open or accepted). The note goes.</summary>
    public static SparringChange Cancel(SparringRequest request, Person actor, DateTimeOffset at) =>
        Refusal(request) ?? (!Recipient.Of(request.Counsellor).Is(actor)
            ? SparringChange.Refused(request, SparringRefusalReason.NotYours)
            : SparringChange.To(Close(request, SparringRequestState.Cancelled, at)));

    /// <summary>The one who took it marks the talk done, optionally with a follow-up for the coordinators. The note goes.</summary>
    public static SparringChange Done(SparringRequest request, Person actor, bool followUpNeeded, DateTimeOffset at)
    {
        if (Refusal(request) is { } closed)
        {
            return closed;
        }

        return request.State != SparringRequestState.Accepted ? SparringChange.Refused(request, SparringRefusalReason.NotAccepted)
            : !SameActor(request.AcceptedBy, actor) ? SparringChange.Refused(request, SparringRefusalReason.NotYours, request.AcceptedBy)
            : SparringChange.To(Close(request, SparringRequestState.Done, at) with { FollowUpNeeded = followUpNeeded });
    }

    /// <summary>
    /// The counsellor's shift ended with the request still open: it expires, and the note goes. Accepted ones stay, and
    /// so do requests for a talk after the shift, which is exactly when they are wanted.
    /// </summary>
    public static SparringChange Expire(SparringRequest request, DateTimeOffset at) =>
        Refusal(request) ?? (request.State == SparringRequestState.Accepted
            ? SparringChange.Refused(request, SparringRefusalReason.AlreadyTaken, request.AcceptedBy)
            : request.Urgency == SparringUrgency.AfterShift
                ? SparringChange.Refused(request, SparringRefusalReason.WantedAfterShift)
                : SparringChange.To(Close(request, SparringRequestState.Expired, at)));

    /// <summary>
    /// Left longer than <c>Sparring:LapseAfter</c> (the caller picks which): an open request expires, whatever its urgency
    /// (after the shift, or made off duty, no end of a shift closes it); an accepted one is done without a follow-up (the
    /// talk was taken; nobody pressed Done). The note goes. A closed one is refused, so a second run changes nothing.
    /// </summary>
    public static SparringChange Lapse(SparringRequest request, DateTimeOffset at) =>
        Refusal(request) ?? SparringChange.To(request.State == SparringRequestState.Accepted
            ? Close(request, SparringRequestState.Done, at) with { FollowUpNeeded = false }
            : Close(request, SparringRequestState.Expired, at));

    /// <summary>
    /// Claims the step <paramref name="decision"/> names: only while the request is open and the step before it is the
    /// last taken, so of two instances deciding the same step, the one whose write lands sends and the other is refused.
    /// </summary>
    public static SparringChange TakeStep(SparringRequest request, EscalationDecision decision, DateTimeOffset at)
    {
        if (Refusal(request) is { } closed)
        {
            return closed;
        }

        if (request.State == SparringRequestState.Accepted)
        {
            return SparringChange.Refused(request, SparringRefusalReason.AlreadyTaken, request.AcceptedBy);
        }

        return request.StepsTaken != decision.Number - 1
            ? SparringChange.Refused(request, SparringRefusalReason.StepAlreadyTaken)
            : SparringChange.To(request with { Steps = [.. request.Steps, new EscalationStep(decision.Number, decision.Kind, at, decision.Notify, [])] });
    }

    /// <summary>
    /// After the sends of step <paramref name="stepNumber"/>: who of them could not be reached. Any one makes it a failed
    /// step, and the next is due at once. Recorded on an accepted request too (the record says who was unreachable).
    /// </summary>
    public static SparringChange ReportUnreachable(SparringRequest request, int stepNumber, IReadOnlyList<Recipient> unreachable, DateTimeOffset at)
    {
        if (stepNumber < 1 || stepNumber > request.StepsTaken)
        {
            return SparringChange.Refused(request, SparringRefusalReason.StepAlreadyTaken);
        }

        var step = request.Steps[stepNumber - 1];
        var added = unreachable.Where(u => step.RoutedTo.Any(r => r.Same(u)) && !step.Unreachable.Any(k => k.Same(u))).ToList();
        if (added.Count == 0)
        {
            return SparringChange.To(request);
        }

        var reported = step with { Unreachable = [.. step.Unreachable, .. added], FailedAt = step.FailedAt ?? at };
        return SparringChange.To(request with { Steps = [.. request.Steps.Select(s => s.Number == stepNumber ? reported : s)] });
    }

    private static SparringChange? Refusal(SparringRequest request) => request.State switch
    {
        SparringRequestState.Cancelled => SparringChange.Refused(request, SparringRefusalReason.Cancelled),
        SparringRequestState.Done or SparringRequestState.Expired => SparringChange.Refused(request, SparringRefusalReason.Closed),
        _ => null,
    };

    /// <summary>The one place a request closes: the note never outlives it.</summary>
    private static SparringRequest Close(SparringRequest request, SparringRequestState state, DateTimeOffset at) =>
        request with { State = state, ClosedAt = at, Note = null };

    private static bool SameActor(Person? a, Person b) => a is not null && Recipient.Of(a).Is(b);
}
