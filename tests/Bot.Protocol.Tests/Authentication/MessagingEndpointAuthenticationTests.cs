using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Bot.Protocol.Authentication;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>
/// The messaging endpoint over real HTTP while the token authority misbehaves: a metadata outage is answered as an
/// authentication failure (401) or, with last good keys, not noticed at all; never 500.
/// </summary>
public sealed class MessagingEndpointAuthenticationTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(MetadataFailure.ServerError)]
    [InlineData(MetadataFailure.BadJson)]
    [InlineData(MetadataFailure.Disconnect)]
    public async Task Post_MetadataDownBeforeAnyKeysWereFetched_Answers401(MetadataFailure failure)
    {
        await using var authority = await LocalTokenAuthority.StartAsync();
        await using var bot = await StartBotAsync(authority);
        authority.Failure = failure;

        using var response = await PostTypingAsync(bot, authority.Mint(_time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MetadataDownAfterKeysExpired_AnswersWithTheLastGoodKeys()
    {
        await using var authority = await LocalTokenAuthority.StartAsync();
        await using var bot = await StartBotAsync(authority);
        using (var first = await PostTypingAsync(bot, authority.Mint(_time.GetUtcNow())))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        authority.Failure = MetadataFailure.ServerError;
        _time.Advance(TimeSpan.FromDays(2));
        using var response = await PostTypingAsync(bot, authority.Mint(_time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<WebApplication> StartBotAsync(LocalTokenAuthority authority)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddBotInboundAuthentication(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = LocalTokenAuthority.AppId,
            ["OpenIdMetadataUrl"] = authority.BotFrameworkMetadataUrl.AbsoluteUri,
            ["EntraOpenIdMetadataUrl"] = authority.EntraMetadataUrl.AbsoluteUri,
        }).Build());
        builder.Services.AddSingleton(new ActivityRouter());
        builder.Services.AddSingleton(DispatchProxy.Create<IConnectorClient, NoConnector>());
        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> PostTypingAsync(WebApplication bot, string token)
    {
        var address = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(
                $$$"""{"type":"typing","id":"1","channelId":"msteams","serviceUrl":"{{{LocalTokenAuthority.ServiceUrl}}}","from":{"id":"29:anna"},"conversation":{"id":"a:1"},"recipient":{"id":"28:bot"}}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    /// <summary>A connector the endpoint may resolve but these tests never reach.</summary>
    public class NoConnector : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException("No connector call is expected while authenticating.");
    }
}
