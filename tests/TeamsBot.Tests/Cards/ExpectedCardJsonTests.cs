using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

public sealed class ExpectedCardJsonTests
{
    // English is checked as en-GB: its 24-hour clock keeps the files free of the AM/PM spacing that differs between ICU versions.
    private static readonly (string Language, string Culture)[] Languages = [("da", "da-DK"), ("en", "en-GB")];

    public static TheoryData<string, string, string> EveryCardInEveryLanguage()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var name in CardSamples.Names)
        {
            foreach (var (language, culture) in Languages)
            {
                data.Add(name, language, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCardInEveryLanguage))]
    public void Build_EveryCardInEachLanguage_MatchesCheckedInJsonAndIsValidAdaptiveCard15(string name, string language, string culture)
    {
        using var _ = TestTexts.Culture(culture);

        var card = CardSamples.Build(name);

        ExpectedJson.AssertMatches($"{name}.{language}.json", CardSchema.ToJson(card));
        CardSchema.AssertValid(card);
    }

    [Fact]
    public void ExpectedFolder_EveryFile_BelongsToACardThatIsChecked()
    {
        string[] checkedFiles =
        [
            .. CardSamples.Names.SelectMany(name => Languages.Select(l => $"{name}.{l.Language}.json")),
            .. CardVocabularyTests.ExpectedFiles,
        ];

        var files = Directory.GetFiles(ExpectedJson.Folder).Select(Path.GetFileName);

        Assert.Empty(files.Except(checkedFiles));
    }
}
