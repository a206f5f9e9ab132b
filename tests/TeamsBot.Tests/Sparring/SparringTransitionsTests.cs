using TeamsBot.Sparring;
using static TeamsBot.Tests.Sparring.RequestSamples;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>Accept, can't right now, cancel, done and expire as pure transitions, with their refusals.</summary>
public sealed class SparringTransitionsTests
{
    private static (RequestSamples Samples, SparringRequest Request) RoutedToAnne()
    {
        var samples = WithCoordinators();
        return (samples, samples.TakeDue(samples.AnneAndBo()).Request);
    }

    [Fact]
    public void Accept_ByThePrimary_AcceptedWithTimeToAccept()
    {
        var (samples, request) = RoutedToAnne();
        samples.Time.Advance(TimeSpan.FromSeconds(75));

        var change = SparringTransitions.Accept(request, Anne, actorOnDuty: false, samples.Now);

        Assert.True(change.Changed);
        Assert.Equal(SparringRequestState.Accepted, change.Request!.State);
        Assert.Equal(Anne, change.Request.AcceptedBy);
        Assert.Equal(TimeSpan.FromSeconds(75), change.Request.TimeToAccept);
        Assert.Equal("Svær samtale om en far", change.Request.Note);
    }

    [Fact]
    public void Accept_NotRoutedToThem_RefusedEvenWhenOnDuty()
    {
        var (samples, request) = RoutedToAnne();

        var backupTooEarly = SparringTransitions.Accept(request, Bo, actorOnDuty: false, samples.Now);
        var colleague = SparringTransitions.Accept(request, Colleague, actorOnDuty: true, samples.Now);

        Assert.Equal(SparringRefusalReason.NotRoutedToYou, backupTooEarly.Refusal!.Reason);
        Assert.Equal(SparringRefusalReason.NotRoutedToYou, colleague.Refusal!.Reason);
        Assert.Same(request, colleague.Request);
    }

    [Fact]
    public void Accept_SecondAfterTheFirst_RefusedNamingWhoTookIt()
    {
        var (samples, request) = RoutedToAnne();
        (request, _) = samples.WaitAndTake(request);
        request = SparringTransitions.Accept(request, Bo, actorOnDuty: false, samples.Now).Request!;

        var second = SparringTransitions.Accept(request, Anne, actorOnDuty: false, samples.Now);
        var again = SparringTransitions.Accept(request, Bo, actorOnDuty: false, samples.Now);

        Assert.Equal(new SparringRefusal(SparringRefusalReason.AlreadyTaken, Bo), second.Refusal);
        Assert.Equal(SparringRefusalReason.AlreadyYours, again.Refusal!.Reason);
        Assert.Equal(Bo, second.Request!.AcceptedBy);
    }

    [Fact]
    public void Accept_AfterTheDutyChannelWasAsked_AnyoneOnDutyButNotSomeoneOff()
    {
        var samples = new RequestSamples();
        var request = samples.TakeDue(samples.Request(onCall: null)).Request;

        var offDuty = SparringTransitions.Accept(request, Carl, actorOnDuty: false, samples.Now);
        var onDuty = SparringTransitions.Accept(request, Colleague, actorOnDuty: true, samples.Now);

        Assert.Equal(SparringRefusalReason.NotRoutedToYou, offDuty.Refusal!.Reason);
        Assert.True(onDuty.Changed);
        Assert.Equal(Colleague, onDuty.Request!.AcceptedBy);
    }

    [Fact]
    public void Accept_OwnRequest_Refused()
    {
        var samples = new RequestSamples();
        var request = samples.TakeDue(samples.Request(onCall: null)).Request;

        var change = SparringTransitions.Accept(request, Counsellor, actorOnDuty: true, samples.Now);

        Assert.Equal(SparringRefusalReason.OwnRequest, change.Refusal!.Reason);
    }

    [Fact]
    public void Accept_CancelledOrClosed_RefusedAsSuch()
    {
        var (samples, request) = RoutedToAnne();
        var cancelled = SparringTransitions.Cancel(request, Counsellor, samples.Now).Request!;
        var expired = SparringTransitions.Expire(request, samples.Now).Request!;

        Assert.Equal(SparringRefusalReason.Cancelled, SparringTransitions.Accept(cancelled, Anne, false, samples.Now).Refusal!.Reason);
        Assert.Equal(SparringRefusalReason.Closed, SparringTransitions.Accept(expired, Anne, false, samples.Now).Refusal!.Reason);
        Assert.Equal(SparringRefusalReason.Cancelled, SparringTransitions.Decline(cancelled, Anne, samples.Now).Refusal!.Reason);
    }

    [Fact]
    public void Cancel_ByTheCounsellor_CancelledAndNoteGone()
    {
        var (samples, request) = RoutedToAnne();

        var change = SparringTransitions.Cancel(request, Counsellor, samples.Now);

        Assert.Equal(SparringRequestState.Cancelled, change.Request!.State);
        Assert.Null(change.Request.Note);
        Assert.Equal(samples.Now, change.Request.ClosedAt);
        Assert.Single(change.Request.Steps);
    }

    [Fact]
    public void Cancel_BySomeoneElse_RefusedAndTwiceRefused()
    {
        var (samples, request) = RoutedToAnne();

        var byAnne = SparringTransitions.Cancel(request, Anne, samples.Now);
        var cancelled = SparringTransitions.Cancel(request, Counsellor, samples.Now).Request!;
        var twice = SparringTransitions.Cancel(cancelled, Counsellor, samples.Now);

        Assert.Equal(SparringRefusalReason.NotYours, byAnne.Refusal!.Reason);
        Assert.Equal(SparringRefusalReason.Cancelled, twice.Refusal!.Reason);
    }

    [Fact]
    public void Done_ByWhoTookIt_DoneWithFollowUpAndNoteGone()
    {
        var (samples, request) = RoutedToAnne();
        request = SparringTransitions.Accept(request, Anne, false, samples.Now).Request!;
        samples.Time.Advance(TimeSpan.FromMinutes(20));

        var change = SparringTransitions.Done(request, Anne, followUpNeeded: true, samples.Now);

        Assert.Equal(SparringRequestState.Done, change.Request!.State);
        Assert.True(change.Request.FollowUpNeeded);
        Assert.Null(change.Request.Note);
        Assert.Equal(Anne, change.Request.AcceptedBy);
        Assert.Equal(SparringRefusalReason.Closed, SparringTransitions.Done(change.Request, Anne, false, samples.Now).Refusal!.Reason);
    }

    [Fact]
    public void Done_NotAcceptedOrBySomeoneElse_Refused()
    {
        var (samples, request) = RoutedToAnne();
        var accepted = SparringTransitions.Accept(request, Anne, false, samples.Now).Request!;

        Assert.Equal(SparringRefusalReason.NotAccepted, SparringTransitions.Done(request, Anne, false, samples.Now).Refusal!.Reason);
        Assert.Equal(SparringRefusalReason.NotYours, SparringTransitions.Done(accepted, Bo, false, samples.Now).Refusal!.Reason);
    }

    [Fact]
    public void Expire_OpenAtShiftEnd_ExpiredNoteGone_AcceptedStays()
    {
        var (samples, request) = RoutedToAnne();
        var accepted = SparringTransitions.Accept(request, Anne, false, samples.Now).Request!;

        var expired = SparringTransitions.Expire(request, samples.Now);
        var kept = SparringTransitions.Expire(accepted, samples.Now);

        Assert.Equal(SparringRequestState.Expired, expired.Request!.State);
        Assert.Null(expired.Request.Note);
        Assert.Equal(SparringRefusalReason.AlreadyTaken, kept.Refusal!.Reason);
    }

    [Fact]
    public void Expire_ARequestForAfterTheShift_StaysOpenWithItsNote()
    {
        var (samples, request) = RoutedToAnne();
        var afterShift = request with { Urgency = SparringUrgency.AfterShift };

        var change = SparringTransitions.Expire(afterShift, samples.Now);

        Assert.Equal(SparringRefusalReason.WantedAfterShift, change.Refusal!.Reason);
        Assert.Same(afterShift, change.Request);
    }

    [Fact]
    public void TakeStep_SameStepTwice_SecondRefused()
    {
        var samples = WithCoordinators();
        var request = samples.AnneAndBo();
        var step = samples.Ladder.Due(request)!;

        var first = SparringTransitions.TakeStep(request, step, samples.Now);
        var second = SparringTransitions.TakeStep(first.Request!, step, samples.Now);

        Assert.True(first.Changed);
        Assert.Equal(SparringRefusalReason.StepAlreadyTaken, second.Refusal!.Reason);
        Assert.Single(second.Request!.Steps);
    }

    [Fact]
    public void Decline_NotRoutedToThem_Refused()
    {
        var (samples, request) = RoutedToAnne();

        Assert.Equal(SparringRefusalReason.NotRoutedToYou, SparringTransitions.Decline(request, Carl, samples.Now).Refusal!.Reason);
    }

    [Theory]
    [InlineData(null, SparringUrgency.Now)]
    [InlineData("now", SparringUrgency.Now)]
    [InlineData("laterInShift", SparringUrgency.LaterInShift)]
    [InlineData("afterShift", SparringUrgency.AfterShift)]
    public void Urgency_ContractValues_ReadAndWrittenAlike(string? value, SparringUrgency urgency)
    {
        Assert.Equal(urgency, SparringUrgencies.Of(value));
        Assert.Equal(value ?? "now", SparringUrgencies.Value(urgency));
        Assert.Null(SparringUrgencies.Of("Now"));
    }
}
