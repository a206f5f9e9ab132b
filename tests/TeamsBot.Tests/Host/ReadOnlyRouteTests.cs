using System.Net;
using TeamsBot.Conversations;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// Issue 12: commands that only read and answer take no durable processed-once claim (an in-memory one instead), and
/// an unchanged conversation reference is not rewritten; commands that write keep their durable claim.
/// </summary>
public sealed class ReadOnlyRouteTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public ReadOnlyRouteTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("/hjælp")]
    [InlineData("/vagt")]
    [InlineData("/bagvagt")]
    [InlineData("/noget-ukendt")]
    [InlineData("/henvis skilsmisse")]
    [InlineData("/vejledning")]
    public async Task ReadOnlyCommand_InChannel_AnsweredWithoutTouchingTheProcessedTable(string command)
    {
        var response = await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", command));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_bot.Connector.Requests);
        Assert.Empty(await _bot.StoredEntitiesAsync(StorageFeature.ProcessedActivitiesTable));
    }

    [Fact]
    public async Task ReadOnlyCommand_RedeliveredToTheSameInstance_AnsweredOnce()
    {
        var help = Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp", id: "help-1");

        var first = await _client.PostAsync(help);
        var again = await _client.PostAsync(help.DeepClone().AsObject());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_bot.Connector.Requests);
    }

    [Fact]
    public async Task ReadOnlyCommand_DifferentActivities_EachAnswered()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp", id: "help-1"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp", id: "help-2"));

        Assert.Equal(2, _bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task WritingCommand_Redelivered_StillClaimedDurablyAndChangesNothing()
    {
        var checkIn = Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", id: "checkin-1");
        await _client.PostAsync(checkIn);
        var shiftsAfterFirst = (await _bot.StoredEntitiesAsync("Shifts")).Select(e => (e.RowKey, e.ETag)).ToList();
        var sentAfterFirst = _bot.Connector.Requests.Count;

        await _client.PostAsync(checkIn.DeepClone().AsObject());

        var claim = Assert.Single(await _bot.StoredEntitiesAsync(StorageFeature.ProcessedActivitiesTable));
        Assert.Equal("done", claim.GetString("Status"));
        Assert.Equal(shiftsAfterFirst, (await _bot.StoredEntitiesAsync("Shifts")).Select(e => (e.RowKey, e.ETag)).ToList());
        Assert.Equal(sentAfterFirst, _bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task SameUserAgainInANewThread_UserReferenceIsNotRewritten()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp", id: "help-1"));
        var first = await RowAsync("29:anna", "user");

        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp", id: "help-2"));

        Assert.Equal(first.ETag, (await RowAsync("29:anna", "user")).ETag);
        Assert.Equal(2, _bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task ServiceUrlChangesAfterAnUnchangedRefresh_NewServiceUrlStoredBeforeTheAnswer()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp"));
        var moved = Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp");
        moved["serviceUrl"] = "https://smba.trafficmanager.net/emea/";

        await _client.PostAsync(moved);

        Assert.Equal("https://smba.trafficmanager.net/emea/", (await RowAsync(Activities.ChannelId, "channel")).GetString("ServiceUrl"));
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await RowAsync("29:anna", "user")).GetString("ServiceUrl"));
        Assert.Equal("smba.trafficmanager.net", _bot.Connector.Requests[^1].Uri.Host);
    }

    private async Task<Azure.Data.Tables.TableEntity> RowAsync(string id, string kind) =>
        Assert.Single(await _bot.StoredEntitiesAsync(ConversationsFeature.ConversationsTable),
            e => KeyEncoding.Decode(e.PartitionKey) == id && e.RowKey == kind);
}
