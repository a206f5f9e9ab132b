using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Hosting;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Hosting;

/// <summary>
/// A token source that fails with something other than a connector error (MSAL, Azure.Identity, a broken certificate):
/// the host still starts and reports it, rather than the exception stopping the host.
/// </summary>
public sealed class ReadinessIdentityFailureTests
{
    public static TheoryData<string> Failures => ["InvalidOperationException", "CryptographicException"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Start_TokenSourceThrows_HostKeepsRunningLogsTheProblemAndReadyzReportsIt(string failure)
    {
        using var bot = new BotFactory(environment: "Production", configure: services =>
            services.AddSingleton<IOutboundTokenProvider>(new ThrowingTokenSource(Failure(failure))));

        var started = bot.Services;
        var line = await WaitForLogAsync(bot, 2011);
        var readyz = await bot.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        var checks = JsonNode.Parse(await readyz.Content.ReadAsStringAsync())!["checks"]!;

        Assert.Contains(failure, line.Message, StringComparison.Ordinal);
        Assert.False(started.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
        Assert.Equal("Unhealthy", (string)checks["outboundIdentity"]!["status"]!);
        Assert.Contains("Check Bot:MicrosoftAppId", (string)checks["outboundIdentity"]!["description"]!, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task ProbeAsync_TokenSourceThrows_RecordsAFailedOutcomeNamingTheExceptionType(string failure)
    {
        var probe = new OutboundIdentityProbe(new ThrowingTokenSource(Failure(failure)), Options.Create(new ConnectorOptions { MicrosoftAppId = "app" }), new FakeTimeProvider());

        var outcome = await probe.ProbeAsync(CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.StartsWith(failure, outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_CallerCancels_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var probe = new OutboundIdentityProbe(new ThrowingTokenSource(new OperationCanceledException(cancelled.Token)), Options.Create(new ConnectorOptions { MicrosoftAppId = "app" }), new FakeTimeProvider());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => probe.ProbeAsync(cancelled.Token));
    }

    private static Exception Failure(string name) => name switch
    {
        "CryptographicException" => new CryptographicException("The certificate's private key cannot be read."),
        _ => new InvalidOperationException("MSAL could not build the confidential client."),
    };

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

        throw new Xunit.Sdk.XunitException($"No log line {eventId} within 10 s:\n{string.Join("\n", bot.Logs.Lines.Select(l => l.Message))}");
    }

    private sealed class ThrowingTokenSource(Exception failure) : IOutboundTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromException<string?>(failure);
    }
}
