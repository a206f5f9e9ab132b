using TeamsBot.Guidance;

namespace TeamsBot.Tests.Guidance.Cards;

/// <summary>Search words are cleaned before they are searched or shown.</summary>
public sealed class GuidanceQueryTests
{
    [Theory]
    [InlineData("skilsmisse", "skilsmisse")]
    [InlineData("  Skilsmisse   SAMVÆR ", "Skilsmisse SAMVÆR")]
    [InlineData("!!!???...", "")]
    [InlineData("<script>alert(1)</script>", "script alert 1 script")]
    [InlineData("**fed** [x](javascript:y)", "fed x javascript y")]
    [InlineData(null, "")]
    public void Clean_Text_KeepsOnlyLettersDigitsAndSingleSpaces(string? raw, string expected)
    {
        Assert.Equal(expected, GuidanceQuery.Clean(raw));
    }

    [Fact]
    public void Clean_TwoThousandCharacters_AtMostEightShortWords()
    {
        var words = GuidanceQuery.Clean(string.Concat(Enumerable.Repeat("skilsmisse ", 200))[..2000]).Split(' ');

        Assert.Equal(GuidanceQuery.MaxWords, words.Length);
    }

    [Fact]
    public void Clean_OneLongWord_Shortened()
    {
        Assert.Equal(GuidanceQuery.MaxWordLength, GuidanceQuery.Clean(new string('a', 2000)).Length);
    }
}

/// <summary>Which addresses from content may become links.</summary>
public sealed class GuidanceLinksTests
{
    [Theory]
    [InlineData("+45 70 20 12 01", "tel:+4570201201")]
    [InlineData("70 20 12 01", "tel:+4570201201")]
    [InlineData("114", "tel:114")]
    [InlineData("+46 (0)8-123 456", "tel:+4608123456")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ring 70 20 12 01", null)]
    [InlineData("", null)]
    public void Tel_Phone_DigitsOnlyOrNoLink(string phone, string? expected)
    {
        Assert.Equal(expected, TeamsBot.Guidance.Cards.GuidanceLinks.Tel(phone)?.OriginalString);
    }

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/path", false)]
    [InlineData("ftp://example.org", false)]
    public void Web_Address_OnlyHttpAndHttps(string address, bool link)
    {
        Assert.Equal(link, TeamsBot.Guidance.Cards.GuidanceLinks.Web(address) is not null);
    }
}
