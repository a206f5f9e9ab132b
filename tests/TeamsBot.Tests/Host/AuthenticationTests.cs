using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>The real auth pipeline in the real host: tokens minted by a test token service, as Teams would send them.</summary>
public sealed class AuthenticationTests : IDisposable
{
    private readonly BotFactory _bot = new(environment: "Production");

    public void Dispose() => _bot.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin")),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _bot.CreateClientWithoutToken().SendAsync(request);
    }

    private string Mint(string audience = TestChannelTokens.AppId, string serviceUrl = Activities.ServiceUrl) =>
        _bot.Tokens.Authority.Mint(_bot.Time.GetUtcNow(), audience: audience, serviceUrl: serviceUrl);

    [Fact]
    public async Task Post_ValidChannelToken_HandledAndOutboundCallsCarryTheBotsToken()
    {
        var response = await PostAsync(Mint());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_bot.Connector.Requests);
        Assert.All(_bot.Connector.Requests, r => Assert.Equal("Bearer " + TestChannelTokens.OutboundToken, r.Authorization));
    }

    [Fact]
    public async Task Post_NoToken_401WithProblemAndNothingDone()
    {
        var response = await PostAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task Post_TokenForAnotherServiceUrl_401()
    {
        var response = await PostAsync(Mint(serviceUrl: "https://attacker.example/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("serviceurl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task Post_TokenForAnotherBot_401()
    {
        var response = await PostAsync(Mint(audience: "some-other-bot"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
