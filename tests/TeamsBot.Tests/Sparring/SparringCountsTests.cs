using TeamsBot.Overview;
using TeamsBot.Sparring;
using TeamsBot.Sparring.Overview;
using static TeamsBot.Tests.Sparring.RequestSamples;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>What the coordinators' overview counts of sparring requests, on a fake clock.</summary>
public sealed class SparringCountsTests
{
    private readonly RequestSamples _samples = WithCoordinators();

    private bool HasNextStep(SparringRequest request) => _samples.Ladder.Next(request) is not null;

    /// <summary>Anne on call; the first step taken.</summary>
    private SparringRequest Sent() => _samples.TakeDue(_samples.AnneAndBo()).Request;

    private SparringRequest AcceptedAfter(TimeSpan wait)
    {
        var sent = Sent();
        _samples.Time.Advance(wait);
        return SparringTransitions.Accept(sent, Anne, false, _samples.Now).Request!;
    }

    /// <summary>Every rung taken and nobody accepted.</summary>
    private SparringRequest PastTheLastStep()
    {
        var request = Sent();
        while (_samples.Ladder.Next(request) is not null)
        {
            request = _samples.WaitAndTake(request).Request;
        }

        return request;
    }

    [Fact]
    public void WhyUnanswered_EachWayARequestEnds_OnlyThoseNobodyTook()
    {
        var expired = SparringTransitions.Expire(Sent(), _samples.Now).Request!;
        var cancelledOpen = SparringTransitions.Cancel(Sent(), Counsellor, _samples.Now).Request!;
        var cancelledAccepted = SparringTransitions.Cancel(AcceptedAfter(TimeSpan.FromMinutes(1)), Counsellor, _samples.Now).Request!;
        var done = SparringTransitions.Done(AcceptedAfter(TimeSpan.FromMinutes(1)), Anne, false, _samples.Now).Request!;

        Assert.Equal(Unanswered.Expired, SparringCounts.WhyUnanswered(expired, HasNextStep));
        Assert.Equal(Unanswered.CancelledBeforeAnyone, SparringCounts.WhyUnanswered(cancelledOpen, HasNextStep));
        Assert.Null(SparringCounts.WhyUnanswered(cancelledAccepted, HasNextStep));
        Assert.Null(SparringCounts.WhyUnanswered(done, HasNextStep));
    }

    [Fact]
    public void WhyUnanswered_OpenRequest_UnansweredOnlyAfterTheLastStep()
    {
        var climbing = _samples.WaitAndTake(Sent()).Request;
        var waiting = PastTheLastStep();

        Assert.Null(SparringCounts.WhyUnanswered(climbing, HasNextStep));
        Assert.Equal(EscalationStepKind.NobodyAnswered, waiting.Steps[^1].Kind);
        Assert.Equal(Unanswered.StillOpen, SparringCounts.WhyUnanswered(waiting, HasNextStep));
    }

    [Fact]
    public void PerWeek_RequestsOfTwoWeeks_EachCountedInItsOwnWeek()
    {
        var weeks = IsoWeek.Recent(DateOnly.FromDateTime(Start.UtcDateTime).AddDays(7), 2);
        List<SparringRequest> requests =
        [
            AcceptedAfter(TimeSpan.FromSeconds(30)),
            SparringTransitions.Done(AcceptedAfter(TimeSpan.FromMinutes(2)), Anne, followUpNeeded: true, _samples.Now).Request!,
            AcceptedAfter(TimeSpan.FromMinutes(10)),
            SparringTransitions.Expire(Sent(), _samples.Now).Request!,
            Sent(),
        ];
        _samples.Time.Advance(TimeSpan.FromDays(7));
        requests.Add(PastTheLastStep());

        var counts = SparringCounts.PerWeek(requests, weeks, ClockAt(Start).DayOf, HasNextStep);

        Assert.Equal(new SparringWeek(weeks[1], 5, 3, TimeSpan.FromMinutes(2), 1, 1), counts[1]);
        Assert.Equal(new SparringWeek(weeks[0], 1, 0, null, 1, 0), counts[0]);
    }

    [Fact]
    public void Median_EvenAndOddCounts_MiddleOrMeanOfTheMiddleTwo()
    {
        Assert.Null(SparringCounts.Median([]));
        Assert.Equal(TimeSpan.FromSeconds(20), SparringCounts.Median([TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)]));
        Assert.Equal(TimeSpan.FromSeconds(15), SparringCounts.Median([TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10)]));
    }

    [Fact]
    public void RecentFollowUps_DoneWithFollowUp_ListedForFourteenDaysNewestFirst()
    {
        var older = SparringTransitions.Done(AcceptedAfter(TimeSpan.FromMinutes(1)), Anne, followUpNeeded: true, _samples.Now).Request!;
        _samples.Time.Advance(TimeSpan.FromDays(2));
        var newer = SparringTransitions.Done(AcceptedAfter(TimeSpan.FromMinutes(1)), Anne, followUpNeeded: true, _samples.Now).Request!;
        var without = SparringTransitions.Done(AcceptedAfter(TimeSpan.FromMinutes(1)), Anne, followUpNeeded: false, _samples.Now).Request!;

        var listed = SparringCounts.RecentFollowUps([older, newer, without], older.ClosedAt!.Value + TimeSpan.FromDays(13));
        var later = SparringCounts.RecentFollowUps([older, newer, without], older.ClosedAt!.Value + TimeSpan.FromDays(15));

        Assert.Equal([newer.Id, older.Id], listed.Select(r => r.Id));
        Assert.Equal([newer.Id], later.Select(r => r.Id));
    }
}
