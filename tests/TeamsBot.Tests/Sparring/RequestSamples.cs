using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>A counsellor, coordinators, a fake clock and a ladder for the request tests; the roster's people are on call.</summary>
internal sealed class RequestSamples
{
    public static readonly Person Counsellor = new("29:mia", "Mia Lund", "6f0c1a52-0000-4000-8000-00000000d004");
    public static readonly Person Colleague = new("29:ole", "Ole Dam", "6f0c1a52-0000-4000-8000-00000000e005");
    public const string Coordinator1 = "6f0c1a52-0000-4000-8000-0000000000c1";
    public const string Coordinator2 = "6f0c1a52-0000-4000-8000-0000000000c2";
    public static readonly Person CoordinatorPerson = new("29:kia", "Kia Nørby", Coordinator1);
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 19, 0, 0, TimeSpan.Zero);

    public RequestSamples(params string[] coordinators)
    {
        Time = new FakeTimeProvider(Start);
        var clock = new OrganisationClock(Time, Options.Create(new OrganisationOptions { TimeZone = "Europe/Copenhagen" }));
        var roles = new Roles(Options.Create(new RoleOptions { Coordinators = [.. coordinators] }));
        Ladder = new EscalationLadder(Options.Create(new SparringOptions()), roles, clock);
    }

    /// <summary>With both coordinators configured.</summary>
    public static RequestSamples WithCoordinators() => new(Coordinator1, Coordinator2);

    public FakeTimeProvider Time { get; }

    public EscalationLadder Ladder { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public static OnCallPeriod OnCall(Person primary, Person? backup = null) => new(Start.AddHours(-1), Start.AddHours(8), primary, backup, false);

    public SparringRequest Request(OnCallPeriod? onCall, SparringUrgency urgency = SparringUrgency.Now, string? note = "Svær samtale om en far") =>
        SparringRequest.Create(Counsellor, urgency, note, Now, onCall);

    /// <summary>A request with Anne on call and Bo as backup.</summary>
    public SparringRequest AnneAndBo(SparringUrgency urgency = SparringUrgency.Now) => Request(OnCall(Anne, Bo), urgency);

    /// <summary>Takes the step that is due now, as a claim would; fails the test when none is.</summary>
    public (SparringRequest Request, EscalationDecision Step) TakeDue(SparringRequest request)
    {
        var due = Ladder.Due(request) ?? throw new Xunit.Sdk.XunitException($"No step due at {Now:HH:mm:ss}.");
        var taken = SparringTransitions.TakeStep(request, due, Now);
        return (taken.Request ?? throw new Xunit.Sdk.XunitException("The step was not taken."), due);
    }

    /// <summary>Advances the clock to when the next step is due and takes it.</summary>
    public (SparringRequest Request, EscalationDecision Step) WaitAndTake(SparringRequest request)
    {
        var next = Ladder.Next(request) ?? throw new Xunit.Sdk.XunitException("No next step.");
        if (next.DueAt > Now)
        {
            Time.SetUtcNow(next.DueAt);
        }

        return TakeDue(request);
    }

    public static IReadOnlyList<string> Names(IEnumerable<Recipient> recipients) => [.. recipients.Select(r => r.Name ?? r.EntraId ?? r.TeamsId ?? "?")];
}
