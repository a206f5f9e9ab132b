using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class ConversationReferenceTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public ConversationReferenceTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task PersonalInstall_ThenCheckInInChannel_RitualGoesToTheStoredChatWithoutCreatingOne()
    {
        var install = Activities.PersonalMessage("29:anna", "Anna Jensen", "");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync(install)).StatusCode);

        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.DoesNotContain(_bot.Connector.Requests, r => r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        // The install's welcome, then the ritual: both into the chat the install came from.
        var (welcome, ritual) = Assert.Single(_bot.Connector.PersonalMessages().Chunk(2).Select(p => (p[0], p[1])));
        Assert.StartsWith("Hej, og velkommen!", welcome.Text(), StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("a:personal-29:anna"), ritual.Path, StringComparison.Ordinal);
        Assert.NotNull(ritual.Json?["attachments"]);
    }

    [Fact]
    public async Task ServiceUrlChanges_LaterMessagesGoToTheNewServiceUrl()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var moved = Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin");
        moved["serviceUrl"] = "https://smba.trafficmanager.net/emea/";

        await _client.PostAsync(moved);

        var lastBoard = _bot.Connector.BoardMessages()[^1];
        Assert.Equal("smba.trafficmanager.net", lastBoard.Uri.Host);
        // Stored too, so proactive messages after a restart go there as well.
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await ChannelRowAsync()).GetString("ServiceUrl"));
    }

    [Fact]
    public async Task SameChannelAndServiceAgain_StoredReferenceIsNotRewritten()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var first = await ChannelRowAsync();

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));

        Assert.Equal(first.ETag, (await ChannelRowAsync()).ETag);
        Assert.Equal(3, _bot.Connector.BoardMessages().Count); // The board itself kept up.
    }

    [Fact]
    public async Task BotAddedToTeam_OnlyTheIntroductionPostedAndTheChannelIsRemembered()
    {
        var added = Activities.BotAddedToTeam("29:anna", "Anna Jensen");

        var response = await _client.PostAsync(added);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var intro = Assert.Single(_bot.Connector.Requests); // Issue 10: the bot introduces itself; no board yet.
        Assert.Null(intro.Json?["attachments"]);
        Assert.StartsWith("Hej alle sammen!", intro.Text(), StringComparison.Ordinal);
        Assert.Equal(Activities.ServiceUrl, (await ChannelRowAsync()).GetString("ServiceUrl")); // Ready for the first board.
    }

    [Fact]
    public async Task TwoUsersInOneChannel_EachReferenceIsItsOwnPartition()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        var rows = await _bot.StoredEntitiesAsync(TeamsBot.Conversations.ConversationsFeature.ConversationsTable);

        // Read by id, so keyed by id: no partition that every user or channel shares.
        Assert.Equal(
            [(Activities.ChannelId, "channel"), ("29:anna", "user"), ("29:bo", "user")],
            rows.Select(r => (TeamsBot.Storage.KeyEncoding.Decode(r.PartitionKey), r.RowKey)).Order());
    }

    private async Task<Azure.Data.Tables.TableEntity> ChannelRowAsync() =>
        Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Conversations.ConversationsFeature.ConversationsTable), e => e.RowKey == "channel");
}
