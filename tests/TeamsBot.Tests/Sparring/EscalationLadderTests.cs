using TeamsBot.Sparring;
using static TeamsBot.Tests.Sparring.RequestSamples;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>The escalation ladder on a fake clock: each timeout, failed steps, nobody on call, and that it never goes silent.</summary>
public sealed class EscalationLadderTests
{
    [Fact]
    public void Due_NewRequestWithSomeoneOnCall_PrimaryAtOnceAndCounsellorToldWhere()
    {
        var samples = WithCoordinators();

        var step = samples.Ladder.Due(samples.AnneAndBo());

        Assert.NotNull(step);
        Assert.Equal((1, EscalationStepKind.Primary, Start), (step.Number, step.Kind, step.DueAt));
        Assert.Equal(["Anne Holm"], Names(step.Notify));
        Assert.Equal(CounsellorNotice.SentToOnCall, step.TellCounsellor);
        Assert.False(step.AskDutyChannel);
    }

    [Fact]
    public void Due_PrimaryQuiet_ReminderToPrimaryAndBackupAfterThreeMinutesNotBefore()
    {
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());

        samples.Time.Advance(TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(1));
        var early = samples.Ladder.Due(request);
        samples.Time.Advance(TimeSpan.FromSeconds(1));
        var due = samples.Ladder.Due(request);

        Assert.Null(early);
        Assert.NotNull(due);
        Assert.Equal((2, EscalationStepKind.PrimaryAndBackup, Start.AddMinutes(3)), (due.Number, due.Kind, due.DueAt));
        Assert.Equal(["Anne Holm", "Bo Hansen"], Names(due.Notify));
        Assert.Equal(CounsellorNotice.None, due.TellCounsellor);
    }

    [Fact]
    public void Next_WholeLadderUnanswered_CoordinatorsThenNobodyAnsweredThenStaysOpen()
    {
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());
        (request, _) = samples.WaitAndTake(request);

        (request, var coordinators) = samples.WaitAndTake(request);
        (request, var nobody) = samples.WaitAndTake(request);

        Assert.Equal((3, EscalationStepKind.Coordinators, Start.AddMinutes(6)), (coordinators.Number, coordinators.Kind, coordinators.DueAt));
        Assert.Equal([Coordinator1, Coordinator2], Names(coordinators.Notify));
        Assert.Equal((4, EscalationStepKind.NobodyAnswered, Start.AddMinutes(9)), (nobody.Number, nobody.Kind, nobody.DueAt));
        Assert.Equal(CounsellorNotice.NobodyAnswered, nobody.TellCounsellor);
        Assert.True(nobody.AskDutyChannel);
        Assert.Empty(nobody.Notify);
        samples.Time.Advance(TimeSpan.FromHours(2));
        Assert.Null(samples.Ladder.Next(request));
        Assert.Equal(SparringRequestState.Open, request.State);
        Assert.True(request.AskedOnDuty);
    }

    [Theory]
    [InlineData(SparringUrgency.LaterInShift)]
    [InlineData(SparringUrgency.AfterShift)]
    public void Due_LaterUrgency_WaitsFifteenMinutesPerStep(SparringUrgency urgency)
    {
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo(urgency));

        samples.Time.Advance(TimeSpan.FromMinutes(14));
        var early = samples.Ladder.Due(request);
        (request, var reminder) = samples.WaitAndTake(request);
        var coordinators = samples.Ladder.Next(request);

        Assert.Null(early);
        Assert.Equal(Start.AddMinutes(15), reminder.DueAt);
        Assert.Equal(Start.AddMinutes(30), coordinators!.DueAt);
    }

    [Fact]
    public void Next_PrimaryUnreachable_NextStepAtOnceToBackupAloneAndCoordinatorsToldLater()
    {
        var samples = WithCoordinators();
        var (request, first) = samples.TakeDue(samples.AnneAndBo());
        samples.Time.Advance(TimeSpan.FromSeconds(2));
        request = SparringTransitions.ReportUnreachable(request, first.Number, [Recipient.Of(Anne)], samples.Now).Request!;

        var (afterReminder, reminder) = samples.TakeDue(request);
        var coordinators = samples.Ladder.Next(afterReminder);

        Assert.Equal(Start.AddSeconds(2), reminder.DueAt);
        Assert.Equal(["Bo Hansen"], Names(reminder.Notify));
        Assert.Empty(reminder.Unreachable);
        Assert.Equal(["Anne Holm"], Names(coordinators!.Unreachable));
        Assert.Equal(Start.AddSeconds(2).AddMinutes(3), coordinators.DueAt);
    }

    [Fact]
    public void Next_PrimaryUnreachableAndNoBackup_StraightToCoordinatorsAtOnce()
    {
        var samples = WithCoordinators();
        var (request, first) = samples.TakeDue(samples.Request(OnCall(Anne)));
        request = SparringTransitions.ReportUnreachable(request, first.Number, [Recipient.Of(Anne)], samples.Now).Request!;

        var next = samples.Ladder.Due(request);

        Assert.NotNull(next);
        Assert.Equal((2, EscalationStepKind.Coordinators), (next.Number, next.Kind));
        Assert.Equal(["Anne Holm"], Names(next.Unreachable));
    }

    [Fact]
    public void Due_TheCounsellorIsOnCallThemselves_BackupAtOnceNeverTheCounsellor()
    {
        var samples = WithCoordinators();
        var request = samples.Request(OnCall(Counsellor, Bo));

        var step = samples.Ladder.Due(request);

        Assert.NotNull(step);
        Assert.Equal((1, EscalationStepKind.PrimaryAndBackup, Start), (step.Number, step.Kind, step.DueAt));
        Assert.Equal(["Bo Hansen"], Names(step.Notify));
    }

    [Fact]
    public void Next_TheCounsellorIsACoordinator_TheOtherCoordinatorOnly()
    {
        var samples = new RequestSamples(Counsellor.EntraId!, Coordinator2);

        var step = samples.Ladder.Due(samples.Request(onCall: null));

        Assert.NotNull(step);
        Assert.Equal([Coordinator2], Names(step.Notify));
    }

    [Fact]
    public void Due_NobodyOnCall_CoordinatorsAtOnceAndCounsellorTold()
    {
        var samples = WithCoordinators();

        var step = samples.Ladder.Due(samples.Request(onCall: null));

        Assert.NotNull(step);
        Assert.Equal((1, EscalationStepKind.Coordinators, Start), (step.Number, step.Kind, step.DueAt));
        Assert.Equal(CounsellorNotice.NobodyOnCall, step.TellCounsellor);
    }

    [Fact]
    public void Due_NobodyOnCallAndNoCoordinators_NobodyAnsweredAtOnceNeverSilent()
    {
        var samples = new RequestSamples();

        var step = samples.Ladder.Due(samples.Request(onCall: null));

        Assert.NotNull(step);
        Assert.Equal((1, EscalationStepKind.NobodyAnswered, Start), (step.Number, step.Kind, step.DueAt));
        Assert.True(step.AskDutyChannel);
    }

    [Fact]
    public void Next_CancelledMidLadder_NoMoreSteps()
    {
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());
        (request, _) = samples.WaitAndTake(request);

        request = SparringTransitions.Cancel(request, Counsellor, samples.Now).Request!;
        samples.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Null(samples.Ladder.Next(request));
        Assert.Equal(SparringRefusalReason.Cancelled,
            SparringTransitions.TakeStep(request, new EscalationDecision(3, EscalationStepKind.Coordinators, samples.Now, [], CounsellorNotice.None, [], false), samples.Now).Refusal!.Reason);
    }

    [Fact]
    public void Next_Accepted_NoMoreSteps()
    {
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());

        request = SparringTransitions.Accept(request, Anne, actorOnDuty: false, samples.Now).Request!;

        Assert.Null(samples.Ladder.Next(request));
    }

    [Fact]
    public void Next_CantRightNowFromCurrentStep_NextDueAtOnceWithoutThem()
    {
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());
        samples.Time.Advance(TimeSpan.FromSeconds(40));

        var declined = SparringTransitions.Decline(request, Anne, samples.Now);
        var next = samples.Ladder.Due(declined.Request!);

        Assert.True(declined.EscalateNow);
        Assert.NotNull(next);
        Assert.Equal((EscalationStepKind.PrimaryAndBackup, Start.AddSeconds(40)), (next.Kind, next.DueAt));
        Assert.Equal(["Bo Hansen"], Names(next.Notify));
    }

    [Fact]
    public void Decline_FromAnEarlierStep_LadderKeepsItsTime()
    {
        var samples = WithCoordinators();
        var (request, _) = samples.TakeDue(samples.AnneAndBo());
        (request, _) = samples.WaitAndTake(request);
        (request, _) = samples.WaitAndTake(request); // The coordinators now.

        var declined = SparringTransitions.Decline(request, Bo, samples.Now);

        Assert.False(declined.EscalateNow);
        Assert.Equal(samples.Now.AddMinutes(3), samples.Ladder.Next(declined.Request!)!.DueAt);
    }
}
