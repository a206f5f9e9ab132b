using System.Net;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// The factory every host test uses demands tokens and its client sends real ones: if it ever slid back to the
/// anonymous mode, these fail rather than every other host test passing for the wrong reason.
/// </summary>
public sealed class DefaultAuthenticationTests : IDisposable
{
    private readonly BotFactory _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Post_DefaultFactoryWithoutToken_401AndNothingDone()
    {
        var response = await _bot.CreateClientWithoutToken().PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
        Assert.Empty(await _bot.StoredRowsAsync());
    }

    [Fact]
    public async Task Post_DefaultClient_SignedByTheChannelAndAnsweredWithTheBotsToken()
    {
        var response = await _bot.CreateClient().PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_bot.Connector.Requests);
        Assert.All(_bot.Connector.Requests, r => Assert.Equal("Bearer " + TestChannelTokens.OutboundToken, r.Authorization));
        Assert.Equal(1, _bot.Tokens.Authority.JwksFetches); // The host really fetched the test authority's keys.
    }

    [Fact]
    public async Task Start_DefaultFactory_NoAnonymousModeWarning()
    {
        await _bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.DoesNotContain(_bot.Logs.Lines, l => l.EventId == AnonymousModeTests.WarningEventId);
    }
}
