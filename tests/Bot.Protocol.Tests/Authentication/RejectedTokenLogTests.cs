using Microsoft.Extensions.Logging;
using static Bot.Protocol.Tests.Authentication.ChannelIssuerNames;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>A rejected token is logged with its iss, aud, kid and the rule it broke, and with nothing else from it.</summary>
public sealed class RejectedTokenLogTests
{
    private const int TokenRejected = 1101;

    [Fact]
    public async Task Authenticate_TokenForAnotherBot_LogsIssAudKidAndTheRule()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V2(BotServiceTenant), BotServiceTenant, audience: "another-bot"));

        var entry = Assert.Single(bot.Logs.Entries, e => e.EventId == TokenRejected);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(
            new Dictionary<string, string?> { ["Rule"] = "Audience", ["Issuer"] = V2(BotServiceTenant), ["Audience"] = "another-bot", ["KeyId"] = "entra-key-1" },
            entry.Values);
    }

    [Theory]
    [InlineData("tenant", "Tenant")]
    [InlineData("issuer", "Issuer")]
    [InlineData("expired", "Lifetime")]
    [InlineData("signature", "Signature")]
    [InlineData("serviceurl", "ServiceUrl")]
    public async Task Authenticate_ForgedEntraToken_LogsTheRuleItBroke(string forgery, string rule)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var a = bot.Authority;
        var token = forgery switch
        {
            "tenant" => a.Mint(bot.Now, V1(BotServiceTenant), AuthenticatorUnderTest.OwnTenant),
            "issuer" => a.Mint(bot.Now, V1("0badc0de-0000-4000-8000-00000000bbbb"), "0badc0de-0000-4000-8000-00000000bbbb"),
            "expired" => a.Mint(bot.Now - TimeSpan.FromHours(3), V1(BotServiceTenant), BotServiceTenant),
            "signature" => a.Mint(bot.Now, V1(BotServiceTenant), BotServiceTenant, signWith: LocalTokenAuthority.NewKey("entra-key-1")),
            _ => a.Mint(bot.Now, V1(BotServiceTenant), BotServiceTenant, serviceUrl: "https://attacker.example/"),
        };

        await bot.AuthenticateAsync(token);

        Assert.Equal(rule, Assert.Single(bot.Logs.Entries, e => e.EventId == TokenRejected).Values["Rule"]);
    }

    [Fact]
    public async Task Authenticate_RejectedToken_NeverLogsTheTokenNorOtherClaims()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var token = bot.Authority.Mint(bot.Now, V2(BotServiceTenant), BotServiceTenant, audience: "another-bot",
            extraClaims: new Dictionary<string, object> { ["name"] = "Anna Hansen", ["upn"] = "anna@example.org" });

        await bot.AuthenticateAsync(token);

        var logged = string.Join("\n", bot.Logs.Entries.SelectMany(e => e.Values.Values.Prepend(e.Message)));
        Assert.Contains("another-bot", logged, StringComparison.Ordinal);
        foreach (var secret in token.Split('.').Append("Anna Hansen").Append("anna@example.org").Append(LocalTokenAuthority.ServiceUrl))
        {
            Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Authenticate_IssuerWithLineBreaks_LoggedOnOneShortLine()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var issuer = "https://evil.example/\n2026-11-26 INFO Accepted the first channel token" + new string('x', 500);

        await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, BotServiceTenant));

        var logged = Assert.Single(bot.Logs.Entries, e => e.EventId == TokenRejected).Values["Issuer"]!;
        Assert.DoesNotContain('\n', logged);
        Assert.True(logged.Length < 200, logged);
    }

    [Fact]
    public async Task Authenticate_MetadataDown_LogsTheFailureAndTheRejection()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Failure = MetadataFailure.ServerError;

        await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.Contains(bot.Logs.Entries, e => e.EventId == 1103 && e.Level == LogLevel.Warning && e.Values["KeptKeys"] == "False");
        Assert.Equal("SigningKeysUnavailable", Assert.Single(bot.Logs.Entries, e => e.EventId == TokenRejected).Values["Rule"]);
    }

    [Fact]
    public async Task Authenticate_TokensFromTwoIssuers_LogsEachIssuerOnceWhenFirstAccepted()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        await bot.AuthenticateAsync(bot.BotFrameworkToken());
        await bot.AuthenticateAsync(bot.BotFrameworkToken());
        await bot.AuthenticateAsync(bot.EntraToken());

        Assert.Equal([LocalTokenAuthority.BotFrameworkIssuer, V2(BotServiceTenant)],
            bot.Logs.Entries.Where(e => e.EventId == 1105).Select(e => e.Values["Issuer"]));
    }
}
