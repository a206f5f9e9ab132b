using System.Net;
using System.Text.Json.Nodes;
using Bot.Protocol.Connector;
using Bot.Protocol.Tests.Connector;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Hosting;

/// <summary><c>/readyz</c> on the real host: storage and the outbound identity reported apart, each naming what to fix.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readyz_StorageAndTokenWork_Answers200WithEachCheckHealthy()
    {
        using var bot = new BotFactory();

        var (status, checks) = await ReadyzAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Healthy", "Healthy"), (Status(checks, "storage"), Status(checks, "outboundIdentity")));
    }

    [Fact]
    public async Task Readyz_DevelopmentWithoutAppId_IdentityNotConfiguredAndReady()
    {
        using var bot = new BotFactory { Anonymous = true };

        var (status, checks) = await ReadyzAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Not configured (Development)", Description(checks, "outboundIdentity"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_TokenEndpointAnswers401_Answers503NamingTheSecretWhileStorageIsHealthy()
    {
        var entra = new TokenEndpoint { FailWith = HttpStatusCode.Unauthorized };
        using var bot = new BotFactory(environment: "Production", configure: services => UseRealTokenProvider(services, entra));

        var (status, checks) = await ReadyzAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Healthy", Status(checks, "storage"));
        Assert.Equal("Unhealthy", Status(checks, "outboundIdentity"));
        Assert.Contains("Check Bot:MicrosoftAppId, Bot:MicrosoftAppPassword", Description(checks, "outboundIdentity"), StringComparison.Ordinal);
        // Entra's own words go to the log only (the body is public on App Service).
        Assert.Contains("AADSTS7000215", (await WaitForLogAsync(bot, 2012)).Message, StringComparison.Ordinal);
        Assert.Contains($"/{Activities.TenantId}/oauth2/v2.0/token", string.Join(" ", entra.Seen.Select(s => s.Uri.AbsolutePath)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionTokenRefused_HostStartsAndLogsAnIdentityProblemNamingTheKeys()
    {
        var entra = new TokenEndpoint { FailWith = HttpStatusCode.Unauthorized };
        using var bot = new BotFactory(environment: "Production", configure: services => UseRealTokenProvider(services, entra));

        var health = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var line = await WaitForLogAsync(bot, 2011);
        Assert.Contains("Outbound identity problem", line.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:MicrosoftAppPassword", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionTokenAcquired_LogsThatTheIdentityWorks()
    {
        using var bot = new BotFactory(environment: "Production");

        _ = bot.Services; // Starts the host.

        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, (await WaitForLogAsync(bot, 2010)).Level);
    }

    [Fact]
    public async Task Readyz_StorageCut_Answers503NamingTheConnectionStringWhileIdentityIsHealthy()
    {
        using var storage = new StorageProxy();
        using var bot = new BotFactory(new()
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:MaxRetries"] = "1",
            ["Storage:RetryDelay"] = "00:00:00.010",
        });
        _ = bot.Services;
        storage.Cut();

        var (status, checks) = await ReadyzAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(("Unhealthy", "Healthy"), (Status(checks, "storage"), Status(checks, "outboundIdentity")));
        Assert.Contains("Check Storage:ConnectionString", Description(checks, "storage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_TokenRefusedAndStorageCut_BodyNamesTheKeysButNoHostNorEntraText()
    {
        using var storage = new StorageProxy();
        var entra = new TokenEndpoint { FailWith = HttpStatusCode.Unauthorized };
        using var bot = new BotFactory(
            new() { ["Storage:ConnectionString"] = storage.ConnectionString, ["Storage:MaxRetries"] = "1", ["Storage:RetryDelay"] = "00:00:00.010" },
            environment: "Production",
            configure: services => UseRealTokenProvider(services, entra));
        _ = bot.Services;
        storage.Cut();

        var response = await bot.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Check Storage:ConnectionString", body, StringComparison.Ordinal);
        Assert.Contains("Check Bot:MicrosoftAppId", body, StringComparison.Ordinal);
        foreach (var secretish in new[] { "AADSTS", "127.0.0.1", "localhost", $":{storage.Port}", "devstoreaccount1", "login.microsoftonline", "Exception" })
        {
            Assert.DoesNotContain(secretish, body, StringComparison.OrdinalIgnoreCase);
        }

        // The operator still gets the detail, in the log.
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 2012 && l.Message.Contains($":{storage.Port}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readyz_StorageCutRightAfterAHealthyAnswer_AnswersFromTheCachedOutcomeUntilItStales()
    {
        using var storage = new StorageProxy();
        using var bot = new BotFactory(new()
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Storage:MaxRetries"] = "1",
            ["Storage:RetryDelay"] = "00:00:00.010",
        });
        var (_, before) = await ReadyzAsync(bot);
        storage.Cut();

        var (_, cached) = await ReadyzAsync(bot);
        bot.Time.Advance(TimeSpan.FromSeconds(10));
        var (_, stale) = await ReadyzAsync(bot);

        Assert.Equal(("Healthy", "Healthy", "Unhealthy"), (Status(before, "storage"), Status(cached, "storage"), Status(stale, "storage")));
    }

    /// <summary>The token source the app registers (MSAL with the test settings' secret), calling <paramref name="entra"/>.</summary>
    private static void UseRealTokenProvider(IServiceCollection services, TokenEndpoint entra)
    {
        services.AddSingleton(OutboundIdentity.CreateTokenProvider);
        services.AddHttpClient(OutboundIdentity.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => entra);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Checks)> ReadyzAsync(BotFactory bot)
    {
        var response = await bot.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body["checks"]!.AsObject());
    }

    private static string Status(JsonObject checks, string name) => (string)checks[name]!["status"]!;

    private static string Description(JsonObject checks, string name) => (string)checks[name]!["description"]!;

    private static async Task<LogLine> WaitForLogAsync(BotFactory bot, int eventId)
    {
        for (var waited = 0; waited < 100; waited++)
        {
            if (bot.Logs.Lines.FirstOrDefault(l => l.EventId == eventId) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No log line {eventId} within 10 s.");
    }
}
