using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// When the connector refuses the bot (401/403), the log names it an identity problem with its likely fix, and the
/// person who acted hears that the bot could not post. The bot's token goes only to allowed connector hosts.
/// </summary>
public sealed class OutboundIdentityTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public OutboundIdentityTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private static bool IsBoardPost(HttpRequestMessage r) =>
        r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith(Uri.EscapeDataString(Activities.ChannelId) + "/activities", StringComparison.Ordinal);

    [Fact]
    public async Task TypedCheckIn_BoardPostForbidden_ReplySaysTheBotCouldNotPostAndTheLogNamesTheFix()
    {
        _bot.Connector.FailNext(1, HttpStatusCode.Forbidden, IsBoardPost, code: "BotNotInConversationRoster");

        var response = await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_bot.Connector.ThreadReplies()).Text();
        Assert.Contains("Du er tjekket ind kl. 17.00.", reply, StringComparison.Ordinal);
        Assert.Contains("botten kunne ikke skrive på vagttavlen", reply, StringComparison.Ordinal);
        var logged = Assert.Single(_bot.Logs.Lines, l => l.EventId == 1202);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, logged.Level);
        Assert.Contains("Identity problem", logged.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:MicrosoftAppId", logged.Message, StringComparison.Ordinal);
        Assert.Contains("not installed", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInButton_BoardUpdateUnauthorized_AnswerSaysTheBotCouldNotPostInsteadOfABoardNobodyElseSees()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Connector.FailNext(1, HttpStatusCode.Unauthorized, r => r.Method == HttpMethod.Put);

        var response = await _client.PostAsync(Activities.CardAction("29:bo", "Bo Hansen", ShiftVerbs.CheckIn, locale: "en-GB"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("You are checked in. Have a good shift! But the bot could not post to the shift board in the channel, so the others can't see it yet. "
            + "Ask whoever runs Teams for you to check that the bot is added to the team.", (string?)body["value"]);
        Assert.Single(_bot.Logs.Lines, l => l.EventId == 1202);
        Assert.Single(_bot.Connector.BoardMessages(), r => r.Method == HttpMethod.Post); // Not taken as gone: no second board.
    }

    [Theory]
    [InlineData("https://evil.example/emea/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    public async Task Activity_ServiceUrlNotAnAllowedHost_Refused400NothingStoredNothingSent(string serviceUrl)
    {
        var activity = Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin");
        activity["serviceUrl"] = serviceUrl;

        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.Requests);
        Assert.Empty(await _bot.StoredEntitiesAsync(TeamsBot.Conversations.ConversationsFeature.ConversationsTable));
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 1203 && l.Message.Contains(serviceUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Activity_LoopbackServiceUrlOutsideDevelopment_Refused()
    {
        // The test host lists its loopback connector outside Development; without that, loopback is refused there.
        using var bot = new BotFactory(new() { ["Bot:AdditionalServiceHosts:0"] = "smba.trafficmanager.net" }, environment: "Production");

        var response = await bot.CreateClient().PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }
}
