using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Conversations;
using TeamsBot.Shifts;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Installation;

/// <summary>The bot removed, a channel deleted, renames: what the bot stored to post there goes, and nothing is sent there again.</summary>
public sealed class InstallRemovalTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public InstallRemovalTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private async Task<List<string>> RowsAsync(string table) =>
        [.. (await _bot.StoredEntitiesAsync(table)).Select(e => $"{e.PartitionKey}/{e.RowKey}")];

    /// <summary>
    /// Every stored row but those every activity refreshes: the processed-once claim and the reference of the
    /// conversation it came in (here General).
    /// </summary>
    private async Task<List<string>> RowsOtherThanClaimsAsync() =>
        [.. (await _bot.StoredRowsAsync()).Where(r => !r.StartsWith("ProcessedActivities/", StringComparison.Ordinal)
            && r != $"Conversations/{Activities.TeamId}/channel").Order(StringComparer.Ordinal)];

    /// <summary>Installed from the duty channel, a check-in there: references, a duty channel and a board exist.</summary>
    private async Task InstallAndCheckInAsync()
    {
        await _client.PostAsync(InstallActivities.BotAddedToTeam("29:anna", channel: Activities.ChannelId));
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        Assert.Contains((await _bot.StoredEntitiesAsync("Conversations")), e => e.RowKey == "channel");
        Assert.NotEmpty(await RowsAsync(ShiftsFeature.BoardsTable));
        Assert.NotEmpty(await RowsAsync(ShiftsFeature.DutyChannelsTable));
    }

    [Fact]
    public async Task BotRemovedFromTeam_AfterUse_DeletesTheTeamsReferencesDutyChannelAndBoards()
    {
        await InstallAndCheckInAsync();

        var response = await _client.PostAsync(InstallActivities.BotRemovedFromTeam("29:anna"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync("Conversations"), e => e.RowKey == "channel");
        Assert.Empty(await RowsAsync(ShiftsFeature.DutyChannelsTable));
        Assert.Empty(await RowsAsync(ShiftsFeature.BoardsTable));
    }

    [Fact]
    public async Task BotRemovedFromTeam_BotUsedInAThirdChannel_ForgetsThatChannelsReferenceAndBoard()
    {
        const string coffee = "19:coffee@thread.tacv2";
        var references = _bot.Services.GetRequiredService<ConversationReferenceStore>();
        var publisher = _bot.Services.GetRequiredService<ShiftBoardPublisher>();
        await InstallAndCheckInAsync();
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/overblik", channel: coffee));
        Assert.True((await publisher.TryPublishAsync(coffee, null, CancellationToken.None)).Sent);

        await _client.PostAsync(InstallActivities.BotRemovedFromTeam("29:anna"));
        var sentBefore = _bot.Connector.Requests.Count;
        var published = await publisher.TryPublishAsync(coffee, null, CancellationToken.None);

        Assert.Null(await references.GetChannelAsync(coffee, CancellationToken.None));
        Assert.False(published.Sent);
        Assert.Equal(sentBefore, _bot.Connector.Requests.Count);
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync("Conversations"), e => e.RowKey == "channel");
        Assert.Empty(await RowsAsync(ShiftsFeature.BoardsTable));
    }

    [Fact]
    public async Task BotRemovedFromTeam_Redelivered_DoesNotStoreTheReferenceAgain()
    {
        await InstallAndCheckInAsync();
        var removed = InstallActivities.BotRemovedFromTeam("29:anna");
        await _client.PostAsync(removed);

        await _client.PostAsync(removed);
        await _client.PostAsync(InstallActivities.TeamInstallationUpdate("remove", "29:anna"));

        Assert.DoesNotContain(await _bot.StoredEntitiesAsync("Conversations"), e => e.RowKey == "channel");
    }

    [Fact]
    public async Task InstallationUpdateRemove_InATeam_DeletesTheTeamsReferences()
    {
        await InstallAndCheckInAsync();

        await _client.PostAsync(InstallActivities.TeamInstallationUpdate("remove", "29:anna"));

        Assert.DoesNotContain(await _bot.StoredEntitiesAsync("Conversations"), e => e.RowKey == "channel");
        Assert.Empty(await RowsAsync(ShiftsFeature.DutyChannelsTable));
    }

    [Fact]
    public async Task InstallationUpdateRemove_Personal_DeletesTheirChatReference()
    {
        await _client.PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", "/hjælp"));
        Assert.Contains(await _bot.StoredEntitiesAsync("Conversations"), e => e.RowKey == "user");

        await _client.PostAsync(InstallActivities.PersonalInstallationUpdate("remove", "29:bo"));

        Assert.DoesNotContain(await _bot.StoredEntitiesAsync("Conversations"), e => e.RowKey == "user");
    }

    [Fact]
    public async Task ChannelDeleted_TheDutyChannel_ForgetsItsBoardAndSendsNothingThereAgain()
    {
        await InstallAndCheckInAsync();

        var response = await _client.PostAsync(InstallActivities.ChannelEvent("channelDeleted", Activities.ChannelId, "Vagter"));
        var sentBefore = _bot.Connector.Requests.Count;
        var published = await _bot.Services.GetRequiredService<ShiftBoardPublisher>().TryPublishAsync(Activities.ChannelId, null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(published.Sent);
        Assert.Equal(sentBefore, _bot.Connector.Requests.Count);
        Assert.Null(await _bot.Services.GetRequiredService<ConversationReferenceStore>().GetChannelAsync(Activities.ChannelId, CancellationToken.None));
        Assert.Empty(await RowsAsync(ShiftsFeature.BoardsTable));
        Assert.Empty(await RowsAsync(ShiftsFeature.DutyChannelsTable));
        // General, where the update came in, is still reachable.
        Assert.NotNull(await _bot.Services.GetRequiredService<ConversationReferenceStore>().GetChannelAsync(Activities.GeneralChannelId, CancellationToken.None));
    }

    [Fact]
    public async Task ChannelDeleted_AnotherChannel_KeepsTheDutyChannelAndItsBoard()
    {
        await InstallAndCheckInAsync();

        await _client.PostAsync(InstallActivities.ChannelEvent("channelDeleted", "19:other@thread.tacv2", "Kaffe"));

        Assert.NotEmpty(await RowsAsync(ShiftsFeature.BoardsTable));
        Assert.NotEmpty(await RowsAsync(ShiftsFeature.DutyChannelsTable));
    }

    [Fact]
    public async Task Renames_ChannelAndTeam_AnswerOkAndChangeNothing()
    {
        await InstallAndCheckInAsync();
        var sentBefore = _bot.Connector.Requests.Count;
        var rowsBefore = await RowsOtherThanClaimsAsync();

        var channel = await _client.PostAsync(InstallActivities.ChannelEvent("channelRenamed", Activities.ChannelId, "Vagtrummet"));
        var team = await _client.PostAsync(InstallActivities.TeamRenamed("Rådgivningen"));

        Assert.Equal(HttpStatusCode.OK, channel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(sentBefore, _bot.Connector.Requests.Count);
        Assert.Equal(rowsBefore, await RowsOtherThanClaimsAsync());
    }
}
