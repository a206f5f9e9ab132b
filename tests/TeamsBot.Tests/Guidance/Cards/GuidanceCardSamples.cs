using TeamsBot.Cards;
using TeamsBot.Guidance;
using TeamsBot.Guidance.Cards;
using TeamsBot.Tests.Cards;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Guidance.Cards;

/// <summary>The guidance cards from fixed sample entries, at Tuesday 24 November 2026 10:00 in Copenhagen.</summary>
public static class GuidanceCardSamples
{
    public static readonly string[] Names =
    [
        "guidance-results", "guidance-results-hostile", "guidance-procedures", "guidance-categories", "guidance-no-match", "guidance-procedures-empty",
    ];

    public static readonly DateTimeOffset Now = CardSamples.At(10, 0);

    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Three = new(15, 0);

    public static OpeningHours Weekdays(TimeOnly from, TimeOnly to, params DateOnly[] closed) => new(
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.Select(d => new OpeningSpan(d, from, to))],
        AlwaysOpen: false, closed);

    public static GuidanceEntry Referral(string id, string title, string summary, OpeningHours? hours = null, string? phone = null, string? url = null,
        string body = "", string[]? tags = null, string? audience = null, AgeRange? ages = null) =>
        new(id, GuidanceKind.Referral, title, summary, tags ?? [], audience, ages, phone, url, hours ?? OpeningHours.Unknown, body);

    public static GuidanceEntry Procedure(string id, string title, string summary, string body = "") =>
        new(id, GuidanceKind.Procedure, title, summary, ["procedure"], null, null, null, null, OpeningHours.Unknown, body);

    public static readonly GuidanceEntry Familieretshuset = Referral("henvisninger/familieretshuset.md", "Familieretshuset (eksempel)",
        "Skilsmisse, bopæl, samvær og forældremyndighed. Eksempel: kontrollér før brug", Weekdays(Nine, Three), "+45 72 56 70 00",
        "https://familieretshuset.dk", "Hjælper forældre, der går fra hinanden.\n\n## Sådan henviser du\n\n- Forælderen ringer selv\n- Eller søger på **familieretshuset.dk**",
        ["skilsmisse", "samvær", "bopæl"], "Forældre", new AgeRange(0, 17));

    public static readonly GuidanceEntry Familieraadgivning = Referral("henvisninger/familieraadgivning.md", "Familierådgivningen (eksempel)",
        "Åben anonym rådgivning om skilsmisse og konflikter. Eksempel: kontrollér før brug",
        new OpeningHours([new OpeningSpan(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(19, 0))], false, []),
        tags: ["skilsmisse", "konflikt"]);

    public static readonly GuidanceEntry Headspace = Referral("henvisninger/headspace.md", "Headspace (eksempel)",
        "Samtaler for unge mellem 12 og 25. Eksempel: kontrollér før brug", new OpeningHours([], AlwaysOpen: true, []), "70 27 12 01", "https://headspace.dk",
        tags: ["unge", "trivsel"], ages: new AgeRange(12, 25));

    public static readonly GuidanceEntry Hostile = Referral("henvisninger/hostile.md", "<b>Fed</b> [titel](javascript:alert(1))",
        "Opsummering med <script>alert('x')</script> i", Weekdays(Nine, Three), "ring os: javascript:alert(1)", "javascript:alert(1)",
        "<script>alert('x')</script>\n\nTekst med [et link](javascript:alert(2)), [en side](https://example.org/a(b)) og [ring](tel:+45 70 20 12 01).\n\n<div onclick=\"x()\">html</div>\n\n![billede](https://example.org/x.png)");

    public static readonly GuidanceEntry Reporting = Procedure("procedurer/underretning.md", "Underretning om et barn (eksempel)",
        "Når du er bekymret for et barn. Eksempel: kontrollér før brug", "1. Skriv ned, hvad du hørte\n2. Ring til bagvagten");

    public static readonly GuidanceEntry Model = Procedure("procedurer/samtalemodel.md", "Samtalemodellen (eksempel)", "Faserne i en samtale. Eksempel: kontrollér før brug");

    public static GuidanceSnapshot Snapshot() => new([Familieretshuset, Familieraadgivning, Headspace, Reporting, Model], 1);

    public static GuidanceHit Hit(GuidanceEntry entry, DateTimeOffset? at = null) =>
        new(entry, entry.Hours.StatusAt(at ?? Now, CardSamples.Copenhagen));

    public static AdaptiveCard Build(string name)
    {
        var texts = TestTexts.Create<TeamsBot.Guidance.Strings>();
        return name switch
        {
            "guidance-results" => GuidanceResultsCard.Build(
                new GuidanceResultsView(GuidanceKind.Referral, "skilsmisse", [Hit(Familieretshuset), Hit(Familieraadgivning), Hit(Headspace)], Now, CardSamples.Copenhagen), texts),
            "guidance-results-hostile" => GuidanceResultsCard.Build(
                new GuidanceResultsView(GuidanceKind.Referral, GuidanceQuery.Clean("<script>alert(1)</script> **fed**"), [Hit(Hostile)], Now, CardSamples.Copenhagen), texts),
            "guidance-procedures" => GuidanceMenuCard.List(GuidanceKind.Procedure, Snapshot(), texts),
            "guidance-categories" => GuidanceMenuCard.List(GuidanceKind.Referral, Snapshot(), texts),
            "guidance-no-match" => GuidanceMenuCard.NoMatch(GuidanceKind.Referral, "kaffe", ["skilsmisse", "konflikt"], Snapshot(), texts),
            "guidance-procedures-empty" => GuidanceMenuCard.List(GuidanceKind.Procedure, GuidanceSnapshot.Empty, texts),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }
}
