using System.Text.Json.Nodes;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>A text that tells someone which board button to press names it as the board shows it, in the board's language.</summary>
public sealed class BoardButtonNamesTests
{
    [Theory]
    [InlineData("/checkin", "press \"Tjek ind\" on the shift board")]
    [InlineData("/checkout", "press \"Tjek ud\" on the shift board")]
    public async Task CommandInPersonalChat_EnglishUserDanishBoard_NamesTheDanishButton(string command, string expected)
    {
        using var bot = new BotFactory();

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", command, locale: "en-US"));

        Assert.Contains(expected, Assert.Single(bot.Connector.Requests).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/checkin", "tryk Check in på vagttavlen")]
    [InlineData("/checkout", "tryk Check out på vagttavlen")]
    public async Task CommandInPersonalChat_DanishUserEnglishBoard_NamesTheEnglishButton(string command, string expected)
    {
        using var bot = new BotFactory(new() { ["Shifts:BoardLanguage"] = "en" });

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", command));

        Assert.Contains(expected, Assert.Single(bot.Connector.Requests).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoardButtonPressedInPersonalChat_EnglishUserDanishBoard_NamesTheDanishButton()
    {
        using var bot = new BotFactory();

        var response = await bot.CreateClient().PostAsync(
            Activities.CardAction("29:bo", "Bo Hansen", ShiftVerbs.CheckIn, inChannel: false, locale: "en-US"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("press \"Tjek ind\" on the shift board", (string)body["value"]!, StringComparison.Ordinal);
    }
}
