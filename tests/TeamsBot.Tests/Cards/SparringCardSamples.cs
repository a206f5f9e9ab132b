using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>A sparring request's cards in each state, from fixed sample data (see <see cref="CardSamples"/>).</summary>
public static class SparringCardSamples
{
    public static readonly string[] Names =
    [
        "sparring-counsellor-sent", "sparring-counsellor-passed-on", "sparring-counsellor-nobody-on-call", "sparring-counsellor-nobody-answered", "sparring-counsellor-calling",
        "sparring-counsellor-calling-no-link", "sparring-counsellor-cancelled", "sparring-counsellor-expired",
        "sparring-responder-open", "sparring-responder-declined", "sparring-responder-yours", "sparring-responder-taken", "sparring-responder-done-follow-up",
        "sparring-channel-ask", "sparring-channel-taken",
    ];

    private static readonly Person Anna = new("29:anna", "Anna Jensen", "00000000-0000-4000-8000-00000000a001", "da-DK");
    private static readonly Person Anne = new("29:anne", "Anne Holm", "00000000-0000-4000-8000-00000000a002");
    private static readonly Person Bo = new("29:bo", "Bo Hansen", "00000000-0000-4000-8000-00000000b003");

    public static AdaptiveCard Build(string name)
    {
        var texts = TestTexts.Create<TeamsBot.Sparring.Strings>();
        var clock = new OrganisationClock(new FakeTimeProvider(CardSamples.At(17, 20)), Options.Create(new OrganisationOptions()));
        var open = Request();
        var facts = new RequestCardFacts(CardSamples.At(17, 2), null, null, [], null);
        var calling = facts with { CallCounsellor = new Uri("https://teams.microsoft.com/l/call/0/0?users=anna%40example.org"), CallAccepter = new Uri("https://teams.microsoft.com/l/call/0/0?users=anne%40example.org") };
        var accepted = open with { State = SparringRequestState.Accepted, AcceptedBy = Anne, AcceptedAt = CardSamples.At(17, 12) };
        var anne = Recipient.Of(Anne);
        return name switch
        {
            "sparring-counsellor-sent" => CounsellorRequestCard.Build(open, facts, clock, texts),
            "sparring-counsellor-passed-on" => CounsellorRequestCard.Build(open with
            {
                Steps = [open.Steps[0] with { Unreachable = [Recipient.Of(Anne)], FailedAt = CardSamples.At(17, 10) }],
            }, facts, clock, texts),
            "sparring-counsellor-nobody-on-call" => CounsellorRequestCard.Build(open with { OnCallPrimary = null, OnCallBackup = null }, facts, clock, texts),
            "sparring-counsellor-nobody-answered" => CounsellorRequestCard.Build(Asked(open), facts with
            {
                Colleagues = [new DutyColleague("Dan Berg", new Uri("https://teams.microsoft.com/l/chat/0/0?users=dan%40example.org")), new DutyColleague("Eva Lund", null)],
                EmergencyText = "Ring til vagtlederen på 70 20 30 40 – og ring 112, hvis nogen er i fare.",
            }, clock, texts),
            "sparring-counsellor-calling" => CounsellorRequestCard.Build(accepted, calling, clock, texts),
            "sparring-counsellor-calling-no-link" => CounsellorRequestCard.Build(accepted, facts, clock, texts),
            "sparring-counsellor-cancelled" => CounsellorRequestCard.Build(Closed(open, SparringRequestState.Cancelled), facts, clock, texts),
            "sparring-counsellor-expired" => CounsellorRequestCard.Build(Closed(open, SparringRequestState.Expired), facts, clock, texts),
            "sparring-responder-open" => ResponderRequestCard.Build(open, anne, facts, clock, texts),
            "sparring-responder-declined" => ResponderRequestCard.Build(Declined(open), anne, facts, clock, texts),
            "sparring-responder-yours" => ResponderRequestCard.Build(accepted, anne, calling, clock, texts),
            "sparring-responder-taken" => ResponderRequestCard.Build(accepted, Recipient.Of(Bo), facts, clock, texts),
            "sparring-responder-done-follow-up" => ResponderRequestCard.Build(Closed(accepted, SparringRequestState.Done) with { FollowUpNeeded = true }, anne, facts, clock, texts),
            "sparring-channel-ask" => DutyChannelAskCard.Build(Asked(open), texts),
            "sparring-channel-taken" => DutyChannelAskCard.Build(Asked(accepted), texts),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    /// <summary>Anna's request at 17.10, sent to Anne (Bo backup), step 1 taken; an id fixed so the files stay put.</summary>
    private static SparringRequest Request() =>
        new("5f1e9d3c2b7a4e6f8a0b1c2d3e4f5a6b", Anna, SparringUrgency.Now, "Svær samtale om en mor og hendes teenager.", CardSamples.At(17, 10), Anne, Bo,
            SparringRequestState.Open, [new EscalationStep(1, EscalationStepKind.Primary, CardSamples.At(17, 10), [Recipient.Of(Anne)], [])], []);

    private static SparringRequest Asked(SparringRequest request) => request with
    {
        Steps = [.. request.Steps, new EscalationStep(2, EscalationStepKind.NobodyAnswered, CardSamples.At(17, 19), [], [])],
    };

    private static SparringRequest Declined(SparringRequest request) => request with { Declines = [new Decline(Recipient.Of(Anne), CardSamples.At(17, 11))] };

    private static SparringRequest Closed(SparringRequest request, SparringRequestState state) => request with { State = state, ClosedAt = CardSamples.At(17, 30), Note = null };
}
