using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Sparring;
using TeamsBot.Sparring.Overview;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>The sparring extras' cards (the sparring section of /overblik), from fixed sample data.</summary>
public static class SparringOverviewCardSamples
{
    public static readonly string[] Names = ["overview-sparring"];

    private static readonly Person Anna = new("29:anna", "Anna Jensen");
    private static readonly Person Bo = new("29:bo", "Bo Hansen");
    private static readonly Person Anne = new("29:anne", "Anne Holm");

    private static SparringRequest Request(Person counsellor, DateTimeOffset at, SparringRequestState state, TimeSpan? accepted = null,
        bool followUp = false, int steps = 1) =>
        new($"request-{counsellor.Name[..2].ToLowerInvariant()}-{at:ddHHmm}", counsellor, SparringUrgency.Now, null, at, Anne, null, state,
            [.. Enumerable.Range(1, steps).Select(n => new EscalationStep(n, (EscalationStepKind)(n - 1), at.AddMinutes(3 * (n - 1)), [], []))], [],
            accepted is null ? null : Anne, at + accepted, state is SparringRequestState.Open or SparringRequestState.Accepted ? null : at.AddMinutes(30), followUp);

    /// <summary>Week 48: three taken (one with a follow-up), one expired, one waiting after every step; week 47: one cancelled before anyone answered.</summary>
    private static IReadOnlyList<SparringRequest> Requests() =>
    [
        Request(Anna, CardSamples.At(17, 5), SparringRequestState.Done, TimeSpan.FromSeconds(50), followUp: true),
        Request(Bo, CardSamples.At(18, 30), SparringRequestState.Done, TimeSpan.FromMinutes(2.5)),
        Request(Anna, CardSamples.At(19, 0), SparringRequestState.Accepted, TimeSpan.FromMinutes(7)),
        Request(Bo, CardSamples.At(12, 0), SparringRequestState.Expired),
        Request(Anna, CardSamples.At(20, 0), SparringRequestState.Open, steps: 4),
        Request(Bo, CardSamples.At(17, 0).AddDays(-7), SparringRequestState.Cancelled),
    ];

    public static AdaptiveCard Build(string name) => name switch
    {
        "overview-sparring" => Overview(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static AdaptiveCard Overview()
    {
        var clock = new OrganisationClock(new FakeTimeProvider(CardSamples.At(22, 0)), Options.Create(new OrganisationOptions()));
        var texts = TestTexts.Create<TeamsBot.Sparring.Overview.Strings>();
        var weeks = IsoWeek.Recent(CardSamples.Day, 2);
        // The last rung is the fourth: a request with four steps has none left.
        var section = SparringOverviewSource.Section(Requests(), weeks, r => r.StepsTaken < 4, clock, texts);
        return OverviewCard.Build(weeks, [section], TestTexts.Create<TeamsBot.Overview.Strings>());
    }
}
