using TeamsBot.Guidance;
using TeamsBot.Guidance.Content;

namespace TeamsBot.Tests.Guidance.Content;

public sealed class GuidanceFileParserTests
{
    private const string Example = """
        ---
        kind: referral            # or: procedure
        title: Familierådgivningen (eksempel)
        summary: Skilsmisse, bopæl, samvær og forældremyndighed
        tags: [skilsmisse, samvær, bopæl, forældremyndighed, konflikt]
        audience: Forældre        # free text; optional
        ages: 0-17                # optional, the ages the service is for
        phone: "+45 00 00 00 00"  # optional
        url: https://example.org/familieraadgivning   # optional
        hours: ["mon-fri 09:00-15:00", "thu 17:00-19:00"]   # optional; or ["24/7"]
        closed: ["2026-12-24", "2026-12-31"]  # optional dates
        ---
        Markdown body: what they help with, how to refer, what to tell the caller.
        """;

    [Fact]
    public void Parse_TheIssuesExample_EveryField()
    {
        var parsed = GuidanceFileParser.Parse("henvisninger/familie.md", Example);

        Assert.Empty(parsed.Problems);
        var entry = parsed.Entry!;
        Assert.Equal(("henvisninger/familie.md", GuidanceKind.Referral), (entry.Id, entry.Kind));
        Assert.Equal("Familierådgivningen (eksempel)", entry.Title);
        Assert.Equal("Skilsmisse, bopæl, samvær og forældremyndighed", entry.Summary);
        Assert.Equal(["skilsmisse", "samvær", "bopæl", "forældremyndighed", "konflikt"], entry.Tags);
        Assert.Equal("Forældre", entry.Audience);
        Assert.Equal(new AgeRange(0, 17), entry.Ages);
        Assert.Equal("+45 00 00 00 00", entry.Phone);
        Assert.Equal("https://example.org/familieraadgivning", entry.Url);
        Assert.Equal(6, entry.Hours.Spans.Count);
        Assert.Contains(new OpeningSpan(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(19, 0)), entry.Hours.Spans);
        Assert.False(entry.Hours.AlwaysOpen);
        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 31)], entry.Hours.Closed);
        Assert.Equal("Markdown body: what they help with, how to refer, what to tell the caller.", entry.Body);
    }

    [Fact]
    public void Parse_ProcedureWithOnlyKindAndTitle_OptionalFieldsEmpty()
    {
        var parsed = GuidanceFileParser.Parse("p.md", "---\nkind: Procedure\ntitle: Underretning\n---\n\n1. Ring\n2. Skriv\n");

        var entry = parsed.Entry!;
        Assert.Equal(GuidanceKind.Procedure, entry.Kind);
        Assert.Equal((string.Empty, 0), (entry.Summary, entry.Tags.Count));
        Assert.Null(entry.Audience ?? entry.Phone ?? entry.Url);
        Assert.Null(entry.Ages);
        Assert.Same(OpeningHours.Unknown, entry.Hours);
        Assert.Equal("1. Ring\n2. Skriv", entry.Body);
    }

    [Fact]
    public void Parse_BomAndCrlf_ReadLikeLf()
    {
        var text = "\uFEFF" + Example.Replace("\n", "\r\n", StringComparison.Ordinal);

        var parsed = GuidanceFileParser.Parse("x.md", text);

        Assert.Empty(parsed.Problems);
        Assert.Equal("Familierådgivningen (eksempel)", parsed.Entry!.Title);
        Assert.DoesNotContain('\r', parsed.Entry.Body);
    }

    [Theory]
    [InlineData("tags: skilsmisse", new[] { "skilsmisse" })]
    [InlineData("tags: skilsmisse, samvær", new[] { "skilsmisse", "samvær" })]
    [InlineData("tags:\n  - skilsmisse\n  - Skilsmisse\n  - bopæl", new[] { "skilsmisse", "bopæl" })]
    [InlineData("tags:", new string[0])]
    public void Parse_TagsAsListOrText_TheTags(string tags, string[] expected)
    {
        var parsed = GuidanceFileParser.Parse("x.md", $"---\nkind: referral\ntitle: T\n{tags}\n---\n");

        Assert.Equal(expected, parsed.Entry!.Tags);
    }

    [Theory]
    [InlineData("ages: 18", 18, 18)]
    [InlineData("ages: 0-17", 0, 17)]
    [InlineData("ages: \"12 - 25\"", 12, 25)]
    public void Parse_Ages_TheRange(string ages, int from, int to)
    {
        var parsed = GuidanceFileParser.Parse("x.md", $"---\nkind: referral\ntitle: T\n{ages}\n---\n");

        Assert.Equal(new AgeRange(from, to), parsed.Entry!.Ages);
    }

    [Fact]
    public void Parse_HoursAsOneText_Read()
    {
        var parsed = GuidanceFileParser.Parse("x.md", "---\nkind: referral\ntitle: T\nhours: 24/7\nclosed: 2026-12-24\n---\n");

        Assert.True(parsed.Entry!.Hours.AlwaysOpen);
        Assert.Equal([new DateOnly(2026, 12, 24)], parsed.Entry.Hours.Closed);
    }

    [Fact]
    public void Parse_UnknownKey_WarningButLoaded()
    {
        var parsed = GuidanceFileParser.Parse("x.md", "---\nkind: referral\ntitle: T\nemail: a@example.org\n---\n");

        Assert.NotNull(parsed.Entry);
        var warning = Assert.Single(parsed.Problems);
        Assert.Equal(new ContentProblem(4, ProblemCode.UnknownKey, "email"), warning);
        Assert.True(warning.IsWarning);
    }

    public static TheoryData<string, int, ProblemCode, string[]> Broken => new()
    {
        { "Bare tekst\nuden hoved", 1, ProblemCode.NoFrontMatter, [] },
        { "", 1, ProblemCode.NoFrontMatter, [] },
        { "\n\n# Overskrift\n---\n", 3, ProblemCode.NoFrontMatter, [] },
        { "---\nkind: referral\ntitle: T\n", 1, ProblemCode.UnterminatedFrontMatter, [] },
        { "---\nkind: referral\ntitle: [T\n---\n", 4, ProblemCode.BadYaml, [] },
        { "---\nkind: referral\n  title: T\n---\n", 3, ProblemCode.BadYaml, [] },
        { "---\n- kind\n- title\n---\n", 2, ProblemCode.NotAMapping, [] },
        { "---\nkind: referral\n---\n", 1, ProblemCode.MissingTitle, [] },
        { "---\nkind: referral\ntitle: \"  \"\n---\n", 3, ProblemCode.MissingTitle, [] },
        { "---\nkind: referral\ntitle:\n  - a\n---\n", 4, ProblemCode.NotText, ["title"] },
        { "---\ntitle: T\n---\n", 1, ProblemCode.MissingKind, [] },
        { "---\ntitle: T\nkind: henvisning\n---\n", 3, ProblemCode.UnknownKind, ["henvisning"] },
        { "---\ntitle: T\nkind: {a: b}\n---\n", 3, ProblemCode.NotText, ["kind"] },
        { "---\nkind: referral\ntitle: T\ntags: {a: b}\n---\n", 4, ProblemCode.NotAList, ["tags"] },
        { "---\nkind: referral\ntitle: T\ntags:\n  - ok\n  - [nested]\n---\n", 6, ProblemCode.NotText, ["tags"] },
        { "---\nkind: referral\ntitle: T\nages: 18+\n---\n", 4, ProblemCode.BadAges, ["18+"] },
        { "---\nkind: referral\ntitle: T\nages: 17-0\n---\n", 4, ProblemCode.BadAges, ["17-0"] },
        { "---\nkind: referral\ntitle: T\nhours:\n  - mon-fri 09:00-15:00\n  - fry 10:00-12:00\n---\n", 6, ProblemCode.UnknownDay, ["fry"] },
        { "---\nkind: referral\ntitle: T\nhours: [\"mon 17:00-17:00\"]\n---\n", 4, ProblemCode.EqualTimes, ["17:00-17:00"] },
        { "---\nkind: referral\ntitle: T\nhours: [\"mon 09:00-15:99\"]\n---\n", 4, ProblemCode.BadTime, ["15:99"] },
        { "---\nkind: referral\ntitle: T\nhours: [\"mandage\"]\n---\n", 4, ProblemCode.HoursShape, ["mandage"] },
        { "---\nkind: referral\ntitle: T\nhours: [\"24/7\", \"mon 09-15\"]\n---\n", 4, ProblemCode.AlwaysOpenMixed, [] },
        { "---\nkind: referral\ntitle: T\nclosed:\n  - 2026-12-24\n  - 24-12-2026\n---\n", 6, ProblemCode.BadDate, ["24-12-2026"] },
        { "---\nkind: referral\ntitle: T\nclosed: [2026-02-30]\n---\n", 4, ProblemCode.BadDate, ["2026-02-30"] },
        { "\uFEFF\r\n---\r\nkind: referral\r\ntitle: T\r\nages: x\r\n---\r\n", 5, ProblemCode.BadAges, ["x"] },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Parse_BrokenFile_NoEntryAndTheProblemOnItsFileLine(string text, int line, ProblemCode code, string[] args)
    {
        var parsed = GuidanceFileParser.Parse("x.md", text);

        Assert.Null(parsed.Entry);
        var problem = Assert.Single(parsed.Errors);
        Assert.Equal((line, code), (problem.Line, problem.Code));
        if (code != ProblemCode.BadYaml)
        {
            Assert.Equal(args, problem.Args);
        }
    }

    [Fact]
    public void Parse_BadYaml_SaysWhatTheYamlReaderSaidWithoutItsPosition()
    {
        var parsed = GuidanceFileParser.Parse("x.md", "---\nkind: referral\ntitle: [T\n---\n");

        var message = Assert.Single(Assert.Single(parsed.Problems).Args);
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("Idx:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_AllReportedInLineOrder()
    {
        var parsed = GuidanceFileParser.Parse("x.md", "---\nkind: nope\ntitle:\nages: old\nhours: [\"fry 09-12\"]\nclosed: [\"jul\"]\n---\n");

        Assert.Equal(
            [(2, ProblemCode.UnknownKind), (3, ProblemCode.MissingTitle), (4, ProblemCode.BadAges), (5, ProblemCode.UnknownDay), (6, ProblemCode.BadDate)],
            parsed.Problems.Select(p => (p.Line, p.Code)));
    }

    [Fact]
    public void Parse_DuplicateKey_ErrorOnTheSecond()
    {
        var parsed = GuidanceFileParser.Parse("x.md", "---\nkind: referral\ntitle: A\ntitle: B\n---\n");

        Assert.Null(parsed.Entry);
        Assert.Equal(4, Assert.Single(parsed.Problems).Line);
    }
}
