using TeamsBot.Reflections.Anonymity;

namespace TeamsBot.Tests.Reflections;

// Cases are passed by number, and failure messages never print an identifier: a test log holds no caller identifier,
// even a made-up one.
public sealed class CallerIdentifierGuardTests
{
    public static TheoryData<int> IdentifierCaseNumbers => new(Enumerable.Range(0, CallerIdentifierCorpus.WithIdentifiers.Length));

    public static TheoryData<int> OrdinaryCaseNumbers => new(Enumerable.Range(0, CallerIdentifierCorpus.Ordinary.Length));

    [Fact]
    public void Corpus_BothSides_HoldAtLeastOneHundredCases()
    {
        Assert.True(CallerIdentifierCorpus.WithIdentifiers.Length + CallerIdentifierCorpus.Ordinary.Length >= 100);
        Assert.True(CallerIdentifierCorpus.WithIdentifiers.Length >= 40);
        Assert.True(CallerIdentifierCorpus.Ordinary.Length >= 40);
    }

    [Theory]
    [MemberData(nameof(IdentifierCaseNumbers))]
    public void Check_TextWithIdentifiers_ReportsExactlyTheirKindsInOrder(int caseNumber)
    {
        var (kinds, text) = CallerIdentifierCorpus.WithIdentifiers[caseNumber];

        var check = CallerIdentifierGuard.Check(Unmarked(text));

        Assert.False(check.IsClean);
        Assert.Equal(kinds.Select(KindOf).ToArray(), check.Found.ToArray());
    }

    [Theory]
    [MemberData(nameof(IdentifierCaseNumbers))]
    public void Check_TextWithIdentifiers_MaskedHoldsNoneOfThemAndKeepsTheRest(int caseNumber)
    {
        var (_, text) = CallerIdentifierCorpus.WithIdentifiers[caseNumber];
        var identifiers = Marked(text);

        var masked = CallerIdentifierGuard.Check(Unmarked(text)).Masked;

        foreach (var identifier in identifiers)
        {
            Assert.False(masked.Contains(identifier, StringComparison.OrdinalIgnoreCase), $"case {caseNumber}: an identifier is still in the masked text");
            var digits = DigitsOf(identifier);
            Assert.False(digits.Length >= 8 && DigitsOf(masked).Contains(digits, StringComparison.Ordinal), $"case {caseNumber}: an identifier's digits are still in the masked text");
        }

        Assert.True(CallerIdentifierGuard.Check(masked).IsClean, $"case {caseNumber}: the masked text is not clean");
        var expected = text;
        foreach (var identifier in identifiers)
        {
            expected = expected.Replace("{" + identifier + "}", CallerIdentifierGuard.Mask, StringComparison.Ordinal);
        }

        Assert.True(expected == masked, $"case {caseNumber}: the text around the identifiers changed");
    }

    [Theory]
    [MemberData(nameof(OrdinaryCaseNumbers))]
    public void Check_OrdinaryCounsellingText_IsCleanAndUnchanged(int caseNumber)
    {
        var text = CallerIdentifierCorpus.Ordinary[caseNumber];

        var check = CallerIdentifierGuard.Check(text);

        Assert.Empty(check.Found);
        Assert.True(check.IsClean);
        Assert.Equal(text, check.Masked);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_NoText_IsCleanAndEmptyOrAsGiven(string? text)
    {
        var check = CallerIdentifierGuard.Check(text);

        Assert.True(check.IsClean);
        Assert.Equal(text ?? string.Empty, check.Masked);
    }

    [Fact]
    public void Check_SameKindManyTimes_ReportsItOnce()
    {
        var text = string.Join(" og ", Enumerable.Range(20, 10).Select(n => $"{n}{n} {n}{n}"));

        var check = CallerIdentifierGuard.Check(text);

        Assert.Equal([CallerIdentifierKind.PhoneNumber], check.Found);
        Assert.DoesNotContain(check.Masked, char.IsAsciiDigit);
    }

    [Fact]
    public void Check_LongOrdinaryText_IsCleanWithinTheTimeout()
    {
        var text = string.Concat(Enumerable.Repeat("Vi talte i 45 minutter, kl. 17-19, om 2 børn på 8 og 12. ", 40));

        var check = CallerIdentifierGuard.Check(text[..2000]);

        Assert.True(check.IsClean);
    }

    private static CallerIdentifierKind KindOf(char code) => code switch
    {
        'C' => CallerIdentifierKind.CprNumber,
        'P' => CallerIdentifierKind.PhoneNumber,
        'E' => CallerIdentifierKind.EmailAddress,
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    private static string Unmarked(string text) => text.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);

    private static List<string> Marked(string text) =>
        text.Split('{').Skip(1).Select(part => part[..part.IndexOf('}', StringComparison.Ordinal)]).ToList();

    private static string DigitsOf(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
