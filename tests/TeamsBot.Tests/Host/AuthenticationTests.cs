using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bot.Protocol.Authentication;
using Bot.Protocol.Connector;
using Bot.Protocol.Tests.Authentication;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>The real auth pipeline in the real host: tokens minted by a test token service, as Teams would send them.</summary>
public sealed class AuthenticationTests : IDisposable
{
    private const string AppId = "4a1c2f33-0000-4000-8000-000000000001";
    private readonly ChannelAuthority _authority = new();
    private readonly BotFactory _bot;

    private sealed class FixedToken : IOutboundTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("outbound-token");
    }

    public AuthenticationTests()
    {
        _bot = new BotFactory(new()
        {
            ["Bot:MicrosoftAppId"] = AppId,
            ["Bot:MicrosoftAppPassword"] = "secret",
            ["Bot:MicrosoftAppTenantId"] = "tenant-1",
            ["Bot:OpenIdMetadataUrl"] = ChannelAuthority.MetadataUrl,
        }, environment: "Production", configure: services =>
        {
            services.AddHttpClient(SigningKeySource.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _authority);
            services.AddSingleton<IOutboundTokenProvider, FixedToken>();
        });
    }

    public void Dispose()
    {
        _bot.Dispose();
        _authority.Dispose();
    }

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

        return await _bot.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Post_ValidChannelToken_HandledAndOutboundCallsCarryTheBotsToken()
    {
        var response = await PostAsync(_authority.Mint(_bot.Time.GetUtcNow(), audience: AppId, serviceUrl: Activities.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_bot.Connector.Requests);
        Assert.All(_bot.Connector.Requests, r => Assert.Equal("Bearer outbound-token", r.Authorization));
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
        var response = await PostAsync(_authority.Mint(_bot.Time.GetUtcNow(), audience: AppId, serviceUrl: "https://attacker.example/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("serviceurl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.Requests);
    }

    [Fact]
    public async Task Post_TokenForAnotherBot_401()
    {
        var response = await PostAsync(_authority.Mint(_bot.Time.GetUtcNow(), audience: "some-other-bot", serviceUrl: Activities.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
