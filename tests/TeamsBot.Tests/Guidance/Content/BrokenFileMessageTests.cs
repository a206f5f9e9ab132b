using TeamsBot.Guidance.Content;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Guidance.Content;

public sealed class BrokenFileMessageTests
{
    public static TheoryData<ProblemCode, string> EveryCodeInBothLanguages()
    {
        var data = new TheoryData<ProblemCode, string>();
        foreach (var code in Enum.GetValues<ProblemCode>())
        {
            data.Add(code, "da-DK");
            data.Add(code, "en-GB");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCodeInBothLanguages))]
    public void Problem_EveryCode_HasItsTextWithTheQuotedWord(ProblemCode code, string culture)
    {
        var texts = TestTexts.Create<Strings>();
        using var _ = TestTexts.Culture(culture);

        var text = BrokenFileMessage.Problem(texts, new ContentProblem(1, code, "ORDET"));

        Assert.False(string.IsNullOrWhiteSpace(text));
        var quotesTheWord = code is not (ProblemCode.NoFrontMatter or ProblemCode.UnterminatedFrontMatter or ProblemCode.NotAMapping
            or ProblemCode.MissingTitle or ProblemCode.MissingKind or ProblemCode.AlwaysOpenMixed);
        Assert.Equal(quotesTheWord, text.Contains("ORDET", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_SeveralProblems_OneLineEachInFileOrder()
    {
        var texts = TestTexts.Create<Strings>();
        using var _ = TestTexts.Culture("da-DK");
        var broken = new BrokenFile("henvisninger/x.md", "hash", [new(2, ProblemCode.MissingKind), new(7, ProblemCode.BadDate, "24/12")], KeptLastGood: false);

        var text = BrokenFileMessage.Text(texts, broken);

        Assert.Equal(
            "Vejledningsfilen henvisninger/x.md kan ikke læses:\n\n"
            + "- Linje 2: Filen mangler en type: skriv kind: referral (en henvisning) eller kind: procedure (en fremgangsmåde).\n"
            + "- Linje 7: Datoen '24/12' kan ikke læses: skriv år-måned-dag, fx 2026-12-24.\n\n"
            + "Filen bruges ikke, før fejlen er rettet.",
            text);
    }
}
