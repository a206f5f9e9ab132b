using TeamsBot.Cards;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

public sealed class HelpCardTests
{
    [Theory]
    [InlineData("da-DK")]
    [InlineData("en-US")]
    public void HelpCard_UnknownCommand_IsBoldInTheDefaultColour(string culture)
    {
        using var _ = TestTexts.Culture(culture);

        var unknown = Assert.IsType<TextBlock>(CardSamples.Build("help-unknown-command").Body[0]);

        Assert.Contains("/kaffe", unknown.Text, StringComparison.Ordinal);
        Assert.Null(unknown.Color); // Warning (and Attention, Good, Accent) are low-contrast on one Teams theme or the other.
        Assert.Equal("Bolder", unknown.Weight);
    }
}
