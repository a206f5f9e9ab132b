using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// <c>Localization:ForceLocale</c>: in Development every activity counts as sent in that locale (the Agents Playground
/// always sends en-US), for the turn's texts and for what is stored for later messages; elsewhere the bot refuses it.
/// </summary>
public sealed class DevelopmentLocaleTests
{
    private static Dictionary<string, string?> Danish() => new() { ["Localization:ForceLocale"] = "da-DK" };

    [Fact]
    public async Task CheckIn_ForcedDanishInDevelopment_EnglishUserGetsDanish()
    {
        using var bot = new BotFactory(Danish());

        await bot.CreateClient().PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", locale: "en-US"));

        Assert.Contains("Godt at du er på vagt", Assert.Single(bot.Connector.PersonalMessages()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandInPersonalChat_ForcedDanishInDevelopment_RepliesInDanish()
    {
        using var bot = new BotFactory(Danish());

        await bot.CreateClient().PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", "/checkin", locale: "en-US"));

        Assert.Contains("vagtkanalen", Assert.Single(bot.Connector.Requests).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_ForcedDanishInDevelopment_StoresDanishForLaterMessages()
    {
        using var bot = new BotFactory(Danish());

        await bot.CreateClient().PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", locale: "en-US"));

        // The overdue note reads the shift's locale; anything sent later to the person reads the reference's.
        Assert.Equal("da-DK", Assert.Single(await bot.StoredEntitiesAsync("Shifts")).GetString("Locale"));
        Assert.Equal("da-DK", Assert.Single(await bot.StoredEntitiesAsync("Conversations"), e => e.RowKey == "user").GetString("Locale"));
    }

    [Fact]
    public async Task CheckIn_NoForcedLocale_FollowsTheActivity()
    {
        using var bot = new BotFactory();

        await bot.CreateClient().PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", locale: "en-US"));

        Assert.Contains("Good to have you on duty", Assert.Single(bot.Connector.PersonalMessages()).Body, StringComparison.Ordinal);
        Assert.Equal("en-US", Assert.Single(await bot.StoredEntitiesAsync("Shifts")).GetString("Locale"));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Start_ForcedLocaleOutsideDevelopment_RefusedNamingTheKey(string environment)
    {
        using var services = AppServices(environment, Danish());

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Localization:ForceLocale is for local development only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownForcedLocale_RefusedNamingTheKey()
    {
        using var services = AppServices(Environments.Development, new() { ["Localization:ForceLocale"] = "dansk" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Localization:ForceLocale must be a culture name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EmptyForcedLocaleInProduction_Accepted()
    {
        using var services = AppServices(Environments.Production, new() { ["Localization:ForceLocale"] = "" });

        services.GetRequiredService<IStartupValidator>().Validate(); // Throws if refused.
    }

    /// <summary>The host's registrations and start-up validation, with an app id so only the setting under test can fail.</summary>
    private static ServiceProvider AppServices(string environment, Dictionary<string, string?> settings) =>
        AppRegistrations.Build(environment, AppRegistrations.AppId, TestCertificate.Shared.Settings, settings);
}
