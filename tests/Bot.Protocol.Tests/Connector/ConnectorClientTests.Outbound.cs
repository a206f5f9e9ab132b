using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;

namespace Bot.Protocol.Tests.Connector;

/// <summary>Issue 10's outbound rules: which failures are retried, what counts as gone, and where the token may go.</summary>
public sealed partial class ConnectorClientTests
{
    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_GatewayErrorOnce_NotRetriedBecauseItMayHaveArrived(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(Status(status));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(handler).SendToConversationAsync(ServiceUrl, "conv", Activity.TextMessage("x"), default));

        Assert.Equal((status, 1), (error.StatusCode, handler.Seen.Count));
    }

    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, 2)]
    [InlineData(HttpRequestError.ConnectionError, 2)]
    [InlineData(HttpRequestError.ResponseEnded, 1)] // The body went out; the answer was cut short.
    [InlineData(HttpRequestError.Unknown, 1)] // E.g. a connection reset while the request was being read.
    public async Task Send_NetworkFailureOnce_RetriedOnlyWhenItNeverLeft(HttpRequestError failure, int attempts)
    {
        var handler = new AttemptHandler((attempt, _) => attempt == 0
            ? throw new HttpRequestException(failure, "network")
            : Task.FromResult(Json(HttpStatusCode.Created, """{"id":"new-1"}""")));

        var sent = await Record.ExceptionAsync(() => Client(handler).SendToConversationAsync(ServiceUrl, "conv", Activity.TextMessage("x"), default));

        Assert.Equal(attempts, handler.Attempts);
        Assert.Equal(attempts == 1, sent is ConnectorException { IsUnreachable: true });
    }

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded)]
    [InlineData(HttpRequestError.Unknown)]
    public async Task Update_ConnectionBrokeAfterSending_Retried(HttpRequestError failure)
    {
        var handler = new AttemptHandler((attempt, _) => attempt == 0
            ? throw new HttpRequestException(failure, "network")
            : Task.FromResult(Json(HttpStatusCode.OK, """{"id":"a1"}""")));

        var result = await Client(handler).UpdateActivityAsync(ServiceUrl, "conv", "a1", Activity.TextMessage("x"), default);

        Assert.Equal(("a1", 2), (result.Id, handler.Attempts));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task Update_TransientFailureOnce_Retried(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(Status(status), Json(HttpStatusCode.OK, """{"id":"a1"}"""));

        var result = await Client(handler).UpdateActivityAsync(ServiceUrl, "conv", "a1", Activity.TextMessage("x"), default);

        Assert.Equal(("a1", 2), (result.Id, handler.Seen.Count));
    }

    [Fact]
    public async Task GetMember_GatewayErrorOnce_Retried()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.BadGateway), Json(HttpStatusCode.OK, """{"id":"29:anna"}"""));

        var member = await Client(handler).GetMemberAsync(ServiceUrl, "conv", "29:anna", default);

        Assert.Equal(("29:anna", 2), (member.Id, handler.Seen.Count));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Send_RetryAfterAsSeconds_WaitsThatLongThenSucceeds(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(Status(status, TimeSpan.FromSeconds(1)));
        var clock = Stopwatch.StartNew();

        var result = await Client(handler).SendToConversationAsync(ServiceUrl, "conv", Activity.TextMessage("x"), default);

        Assert.Equal(("new-1", 2), (result.Id, handler.Seen.Count));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"Retried after {clock.Elapsed}, before Retry-After.");
    }

    [Fact]
    public async Task Send_RetryAfterAsHttpDate_WaitsUntilThen()
    {
        // An HTTP date has whole seconds: two seconds ahead is at least one second away.
        var response = Status(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(2));
        var handler = new ScriptedHandler(response);
        var clock = Stopwatch.StartNew();

        var result = await Client(handler).SendToConversationAsync(ServiceUrl, "conv", Activity.TextMessage("x"), default);

        Assert.Equal(("new-1", 2), (result.Id, handler.Seen.Count));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"Retried after {clock.Elapsed}, before the Retry-After date.");
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, """{"error":{"code":"ActivityNotFound","message":"gone"}}""", true)]
    [InlineData(HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound","message":"gone"}}""", true)]
    [InlineData(HttpStatusCode.NotFound, """{"code":"ActivityNotFound"}""", true)]
    [InlineData(HttpStatusCode.NotFound, """{"error":{"code":"BadArgument"}}""", false)]
    [InlineData(HttpStatusCode.NotFound, "<html>Not Found</html>", false)]
    [InlineData(HttpStatusCode.BadRequest, """{"error":{"code":"BadSyntax"}}""", false)]
    [InlineData(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster"}}""", false)]
    public async Task Update_Refused_GoneOnlyWhenTheConnectorSaysTheMessageOrConversationIsNotFound(HttpStatusCode status, string body, bool gone)
    {
        var handler = new ScriptedHandler(Json(status, body));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(handler).UpdateActivityAsync(ServiceUrl, "conv", "a1", Activity.TextMessage("x"), default));

        Assert.Equal(gone, error.IsMessageGone);
    }

    [Theory]
    [InlineData("https://evil.example/emea/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("http://smba.trafficmanager.net/emea/")] // https only, outside loopback.
    [InlineData("https://user@smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net@evil.example/emea/")] // The host is evil.example.
    [InlineData("https://evil.example/?x=.botframework.com")]
    [InlineData("https://evil.example/smba.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net./emea/")] // A trailing dot is another name: refused, not guessed.
    [InlineData("https://botframework.com/")] // "*." needs a subdomain.
    [InlineData("http://localhost:3978/")] // Loopback outside Development.
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://[::1]:3978/")]
    public async Task Send_ServiceUrlNotAllowed_RefusedBeforeAnyTokenOrRequest(string serviceUrl)
    {
        var handler = new ScriptedHandler();
        var tokens = new CountingTokens();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(handler, tokens: tokens, environment: "Production").SendToConversationAsync(serviceUrl, "conv", Activity.TextMessage("x"), default));

        Assert.True(error.IsServiceUrlRefused);
        Assert.False(error.IsUnreachable);
        Assert.Equal((0, 0), (handler.Seen.Count, tokens.Asked));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", null, null)]
    [InlineData("https://emea.ng.msg.teams.microsoft.com/", null, null)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams", null, null)]
    [InlineData("https://europe.webchat.botframework.com/", null, null)]
    [InlineData("https://SMBA.TrafficManager.net/emea/", null, null)]
    [InlineData("https://smba.botframework.azure.cn/", "*.botframework.azure.cn", null)] // A sovereign cloud, configured.
    [InlineData("http://localhost:3978/_connector", null, "Development")]
    [InlineData("http://127.0.0.1:56150/", null, "Development")]
    [InlineData("http://localhost:56150/", "localhost", "Production")] // A listed loopback host, e.g. a test host.
    public async Task Send_AllowedServiceUrl_SentWithTheToken(string serviceUrl, string? extraHost, string? environment)
    {
        var handler = new ScriptedHandler();
        var tokens = new CountingTokens();
        var settings = extraHost is null ? null : new Dictionary<string, string?> { ["AdditionalServiceHosts:0"] = extraHost };

        await Client(handler, settings: settings, tokens: tokens, environment: environment).SendToConversationAsync(serviceUrl, "conv", Activity.TextMessage("x"), default);

        Assert.Equal(("Bearer test-token", 1), (Assert.Single(handler.Seen).Auth, tokens.Asked));
    }
}
