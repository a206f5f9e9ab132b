using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// The Agents Playground's mode, Development with no app id: posts without a token are handled, and the host
/// says loudly at start-up that it accepts them.
/// </summary>
public sealed class AnonymousModeTests : IDisposable
{
    /// <summary>Bot.Protocol's start-up warning that requests are accepted without a token.</summary>
    public const int WarningEventId = 1102;

    private readonly BotFactory _bot = new() { Anonymous = true };

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Post_AnonymousModeWithoutToken_HandledAndConnectorCalledWithoutToken()
    {
        var response = await _bot.CreateClient().PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_bot.Connector.Requests);
        Assert.All(_bot.Connector.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task Start_AnonymousMode_WarnsOnceNamingTheRuleAndTheSettingThatEndsIt()
    {
        await _bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        var warning = Assert.Single(_bot.Logs.Lines, l => l.EventId == WarningEventId);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("WITHOUT a token", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Development", warning.Message, StringComparison.Ordinal);
        Assert.Contains("set Bot:MicrosoftAppId (environment variable Bot__MicrosoftAppId)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnonymousModeWithToken_401()
    {
        var client = _bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin")),
        };
        request.Headers.Authorization = new("Bearer", _bot.Tokens.Authority.Mint(_bot.Time.GetUtcNow(), audience: TestChannelTokens.AppId, serviceUrl: Activities.ServiceUrl));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }
}
