using System.Globalization;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Guidance;
using TeamsBot.Guidance.Search;
using static TeamsBot.Tests.Guidance.Search.SearchEntries;

namespace TeamsBot.Tests.Guidance.Search;

public sealed class LuceneGuidanceSearchTests
{
    private static string? TopTitle(LuceneGuidanceSearch search, string query, GuidanceKind kind = GuidanceKind.Referral) =>
        search.Search(query, kind).Hits is { Count: > 0 } hits ? hits[0].Title : null;

    [Theory]
    [InlineData("Skilsmisser")]
    [InlineData("skilsmissen")]
    [InlineData("SKILSMISSE")]
    public void Search_PluralDefiniteAndUpperCase_FindTheBaseForm(string query)
    {
        var search = SearchOver(Referral("Familierådgivning", tags: ["skilsmisse"]), Referral("Alkolinjen", tags: ["alkohol"]));

        Assert.Equal("Familierådgivning", TopTitle(search, query));
    }

    [Theory]
    [InlineData("boernetelefonen", "BørneTelefonen")]
    [InlineData("børnetelefonen", "BørneTelefonen")]
    [InlineData("samvaer", "Samværsrådgivning")]
    [InlineData("aabent hus", "Åbent hus")]
    public void Search_DanishLettersTypedEitherWay_Match(string query, string expected)
    {
        var search = SearchOver(Referral("BørneTelefonen"), Referral("Samværsrådgivning", tags: ["samvær"]), Referral("Åbent hus"));

        Assert.Equal(expected, TopTitle(search, query));
    }

    [Fact]
    public void Search_ContentWrittenWithAe_FoundByQueryWithAeLetter()
    {
        var search = SearchOver(Referral("Familieraadgivning", tags: ["samvaer"]), Referral("Alkolinjen"));

        Assert.Equal("Familieraadgivning", TopTitle(search, "samvær"));
    }

    [Fact]
    public void Search_CompoundStartingWithIndexedWord_FindsIt()
    {
        var search = SearchOver(Referral("Familieretshuset", tags: ["skilsmisse"]), Referral("Alkolinjen", tags: ["alkohol"]));

        Assert.Equal("Familieretshuset", TopTitle(search, "skilsmissesag"));
        Assert.Equal("Alkolinjen", TopTitle(search, "alkoholproblemer"));
    }

    [Theory]
    [InlineData("hedspace", "headspace Danmark")]
    [InlineData("familieretshus", "Familieretshuset")]
    [InlineData("famileretshuset", "Familieretshuset")]
    [InlineData("alkolinen", "Alkolinjen")]
    public void Search_TyposOfOneOrTwoLetters_StillFind(string query, string expected)
    {
        var search = SearchOver(Referral("headspace Danmark"), Referral("Familieretshuset"), Referral("Alkolinjen"));

        Assert.Equal(expected, TopTitle(search, query));
    }

    [Fact]
    public void Search_WordInTitleAndInAnotherBody_TitleWins()
    {
        var search = SearchOver(
            Referral("Andet tilbud", body: "Vi taler om angst, angst og mere angst, og om meget andet."),
            Referral("Angstlinjen", tags: ["angst"]));

        Assert.Equal("Angstlinjen", TopTitle(search, "angst"));
    }

    [Fact]
    public void Search_Kind_OnlyThatKindAndAtMostTake()
    {
        var search = SearchOver(Referral("Vold 1", tags: ["vold"]), Referral("Vold 2", tags: ["vold"]), Procedure("Vold procedure", tags: ["vold"]));

        var referrals = search.Search("vold", GuidanceKind.Referral, take: 1);
        var procedures = search.Search("vold", GuidanceKind.Procedure);

        Assert.Single(referrals.Hits);
        Assert.Equal(GuidanceKind.Referral, referrals.Hits[0].Kind);
        Assert.Equal(["Vold procedure"], procedures.Hits.Select(h => h.Title));
    }

    [Fact]
    public void Search_NoHit_SuggestsClosestTags()
    {
        var search = SearchOver(
            Referral("A", tags: ["skilsmisse", "samvær"]), Referral("B", tags: ["alkohol"]), Referral("C", tags: ["ensomhed"]), Referral("D", tags: ["vold"]));

        var result = search.Search("sam", GuidanceKind.Referral);

        Assert.Empty(result.Hits);
        Assert.Equal("samvær", result.SuggestedTags[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Search_EmptyQuery_None(string query)
    {
        var search = SearchOver(Referral("A", tags: ["vold"]));

        Assert.Same(GuidanceResults.None, search.Search(query, GuidanceKind.Referral));
    }

    [Theory]
    [InlineData("?!... --- ***")]
    [InlineData("og i at det")]
    public void Search_NothingSearchable_NoHitsButMostUsedTags(string query)
    {
        var search = SearchOver(Referral("A", tags: ["vold"]), Referral("B", tags: ["vold", "alkohol"]));

        var result = search.Search(query, GuidanceKind.Referral);

        Assert.Empty(result.Hits);
        Assert.Equal(["vold", "alkohol"], result.SuggestedTags);
    }

    [Theory]
    [InlineData("vold AND NOT alkohol", "Lev Uden Vold")]
    [InlineData("vold~ OR title:alkohol*", "Lev Uden Vold")]
    [InlineData("\"vold", "Lev Uden Vold")]
    [InlineData("<script>alert('vold')</script>", "Lev Uden Vold")]
    [InlineData("**vold** [link](javascript:alert)", "Lev Uden Vold")]
    public void Search_LuceneSyntaxMarkdownOrHtml_TreatedAsWords(string query, string expected)
    {
        var search = SearchOver(Referral("Lev Uden Vold", tags: ["vold"]), Referral("Alkolinjen", tags: ["alkoholisme"]));

        Assert.Equal(expected, TopTitle(search, query));
    }

    [Fact]
    public void Search_TwoThousandCharacters_AnswersFast()
    {
        var search = SearchOver(Enumerable.Range(0, 200).Select(i => Referral($"Tilbud {i}", tags: [$"emne{i}", "rådgivning"], body: "Lang tekst om familie og børn.")).ToArray());
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"ord{i}x"));
        var query = words[..2000];
        search.Search("opvarmning", GuidanceKind.Referral);

        var clock = Stopwatch.StartNew();
        search.Search(query, GuidanceKind.Referral);

        Assert.True(clock.ElapsedMilliseconds < 500, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Search_DirectorySnapshotChanges_SearchesTheNewContent()
    {
        var directory = new SettableDirectory(new GuidanceSnapshot([Referral("Gammelt tilbud", tags: ["vold"])], 1));
        var search = new LuceneGuidanceSearch(directory, NullLogger<LuceneGuidanceSearch>.Instance);
        Assert.Equal("Gammelt tilbud", TopTitle(search, "vold"));

        directory.Current = new GuidanceSnapshot([Referral("Nyt tilbud", tags: ["vold"])], 2);

        Assert.Equal("Nyt tilbud", TopTitle(search, "vold"));
    }

    [Fact]
    public async Task Search_ManyThreadsWhileContentChanges_EveryAnswerFromOneSnapshot()
    {
        var directory = new SettableDirectory(new GuidanceSnapshot([Referral("Version 0", tags: ["vold"])], 0));
        var search = new LuceneGuidanceSearch(directory, NullLogger<LuceneGuidanceSearch>.Instance);

        var searches = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 200).Select(_ => search.Search("vold", GuidanceKind.Referral).Hits.Single().Title).ToList()));
        for (var v = 1; v <= 20; v++)
        {
            directory.Current = new GuidanceSnapshot([Referral($"Version {v}", tags: ["vold"])], v);
            await Task.Yield();
        }

        // Each thread sees the content only move forward: never an older snapshot's answer after a newer one.
        var versionsSeen = (await Task.WhenAll(searches)).Select(t => t.Select(title => int.Parse(title["Version ".Length..], CultureInfo.InvariantCulture)).ToList());
        Assert.All(versionsSeen, seen => Assert.Equal(seen.Order(), seen));
        Assert.Equal("Version 20", TopTitle(search, "vold"));
    }
}
