using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Guidance;
using TeamsBot.Guidance.Search;
using Xunit.Abstractions;

namespace TeamsBot.Tests.Guidance.Search;

/// <summary>
/// The search-quality set: what counsellors type, over the real sample content in content/, and the file that must
/// come first (or, with no match, a tag that must be suggested). One test runs them all and names every miss at once.
/// </summary>
public sealed class SearchQualityTests(ITestOutputHelper output)
{
    private const string Boernetelefonen = "henvisninger/boernetelefonen.md";
    private const string Headspace = "henvisninger/headspace.md";
    private const string Familieretshuset = "henvisninger/familieretshuset.md";
    private const string Alkolinjen = "henvisninger/alkolinjen.md";
    private const string Livslinien = "henvisninger/livslinien.md";
    private const string LevUdenVold = "henvisninger/lev-uden-vold.md";
    private const string Politiet = "henvisninger/politiet.md";
    private const string Moedrehjaelpen = "henvisninger/moedrehjaelpen.md";
    private const string SletDet = "henvisninger/red-barnet-sletdet.md";
    private const string EgenLaege = "henvisninger/egen-laege.md";
    private const string Laegevagten = "henvisninger/laegevagten.md";
    private const string AnonymRaadgivning = "henvisninger/anonym-raadgivning-kommune.md";
    private const string Underretning = "procedurer/underretning.md";
    private const string Afvaergepligt = "procedurer/afvaergepligt.md";
    private const string Samtalemodel = "procedurer/samtalemodel.md";
    private const string EfterSvaerSamtale = "procedurer/efter-svaer-samtale.md";

    private static readonly QualityCase[] Cases =
    [
        R("børnetelefonen", Boernetelefonen),
        R("boernetelefonen", Boernetelefonen),
        R("BØRNETELEFONEN", Boernetelefonen),
        R("headspace", Headspace),
        R("hedspace", Headspace),
        R("unge angst", Headspace),
        R("familieretshus", Familieretshuset),
        R("Familieretshuset", Familieretshuset),
        R("famileretshuset", Familieretshuset),
        R("skilsmisse", Familieretshuset),
        R("skilsmisser", Familieretshuset),
        R("skilsmissen", Familieretshuset),
        R("skilsmissesag", Familieretshuset),
        R("samvaer", Familieretshuset),
        R("samværsproblemer", Familieretshuset),
        R("foraeldremyndighed", Familieretshuset),
        R("alkohol", Alkolinjen),
        R("alkoholproblemer", Alkolinjen),
        R("druk", Alkolinjen),
        R("alkolinien", Alkolinjen),
        R("Alkolinjen!!!", Alkolinjen),
        R("selvmordstanker", Livslinien),
        R("livslinjen", Livslinien),
        R("voldshotline", LevUdenVold),
        R("kvinder vold", "henvisninger/danner.md"),
        R("SIND", "henvisninger/sind.md"),
        R("psykiatrifonen", "henvisninger/psykiatrifonden.md"),
        R("den sociale vagt", Politiet),
        R("socialvagt", Politiet),
        R("112", "henvisninger/alarm-112.md"),
        R("gravid", Moedrehjaelpen),
        R("moedrehjaelpen", Moedrehjaelpen),
        R("delte billeder", SletDet),
        R("sletdet", SletDet),
        R("voldsudøver", "henvisninger/dialog-mod-vold.md"),
        R("egen laege", EgenLaege),
        R("lægevagten", Laegevagten),
        R("laegevagt", Laegevagten),
        R("anonym rådgivning", AnonymRaadgivning),
        R("rødovre", AnonymRaadgivning),
        R("forældretelefonen", "henvisninger/foraeldretelefonen.md"),
        R("fagperson", "henvisninger/fagtelefonen.md"),
        R("<b>alkohol</b>", Alkolinjen),
        P("underretning", Underretning),
        P("underretningspligt", Underretning),
        P("underretningspligten", Underretning),
        P("underetning", Underretning),
        P("bekymring for et barn", Underretning),
        P("afværgepligt", Afvaergepligt),
        P("afvaergepligt", Afvaergepligt),
        P("livsfare", Afvaergepligt),
        P("samtalemodel", Samtalemodel),
        P("samtalemodellen", Samtalemodel),
        P("faser", Samtalemodel),
        P("graenser", Samtalemodel),
        P("egenomsorg", EfterSvaerSamtale),
        P("svær samtale", EfterSvaerSamtale),
        P("svaer samtale", EfterSvaerSamtale),
        P("mindfulness", EfterSvaerSamtale),
        P("debriefing", EfterSvaerSamtale),
        NoMatch("alk", GuidanceKind.Referral, "alkohol"),
        NoMatch("mob", GuidanceKind.Referral, "mobning"),
        NoMatch("ege", GuidanceKind.Procedure, "egenomsorg"),
        NoMatch("?!?", GuidanceKind.Referral, "psykisk"),
    ];

    [Fact]
    public void Search_QualitySetOverSampleContent_EveryQueryFindsItsEntry()
    {
        var search = new LuceneGuidanceSearch(new SettableDirectory(SearchEntries.SampleContent()), NullLogger<LuceneGuidanceSearch>.Instance);

        var misses = Cases.Select(c => (Case: c, Miss: c.Check(search.Search(c.Query, c.Kind)))).Where(r => r.Miss is not null).ToList();

        foreach (var (c, miss) in misses)
        {
            output.WriteLine($"'{c.Query}' ({c.Kind}): {miss}");
        }

        Assert.True(Cases.Length >= 40, "the quality set needs at least 40 queries");
        Assert.True(misses.Count == 0, $"{misses.Count} of {Cases.Length} queries missed:\n" + string.Join('\n', misses.Select(m => $"  '{m.Case.Query}' ({m.Case.Kind}): {m.Miss}")));
    }

    private static QualityCase R(string query, string expectedId) => new(query, GuidanceKind.Referral, expectedId, null);

    private static QualityCase P(string query, string expectedId) => new(query, GuidanceKind.Procedure, expectedId, null);

    private static QualityCase NoMatch(string query, GuidanceKind kind, string suggestedTag) => new(query, kind, null, suggestedTag);

    private sealed record QualityCase(string Query, GuidanceKind Kind, string? ExpectedId, string? SuggestedTag)
    {
        /// <summary>Null when the result is as expected, else what came instead.</summary>
        public string? Check(GuidanceResults results)
        {
            if (ExpectedId is not null)
            {
                return results.Hits is { Count: > 0 } hits && hits[0].Id == ExpectedId
                    ? null
                    : $"expected {ExpectedId}, got [{string.Join(", ", results.Hits.Select(h => h.Id))}]";
            }

            return results.Hits.Count == 0 && results.SuggestedTags.Contains(SuggestedTag!)
                ? null
                : $"expected no hits and '{SuggestedTag}' suggested, got [{string.Join(", ", results.Hits.Select(h => h.Id))}] and tags [{string.Join(", ", results.SuggestedTags)}]";
        }
    }
}
