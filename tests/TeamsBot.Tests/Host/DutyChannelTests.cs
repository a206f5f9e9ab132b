using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>One duty channel per team: check-in elsewhere says where it is and changes nothing.</summary>
public sealed class DutyChannelTests : IDisposable
{
    // Anna coordinates; Bo counsels.
    private readonly BotFactory _bot = new(new() { ["Roles:Coordinators:0"] = Activities.EntraIdOf("29:anna") });
    private readonly HttpClient _client;

    public DutyChannelTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => _client.PostAsync(activity);

    // Posted to the channel, or edited in the post's own thread ({channel};messageid={post}/activities/{post}).
    private IReadOnlyList<RecordedRequest> BoardsIn(string channel) =>
        [.. _bot.Connector.Requests.Where(r => r.Json?["attachments"] is not null
            && (r.Path.Contains(Uri.EscapeDataString(channel) + "/activities", StringComparison.Ordinal)
                    && !r.Path.Contains(Uri.EscapeDataString(";messageid="), StringComparison.Ordinal)
                || (r.Method == HttpMethod.Put && System.Text.RegularExpressions.Regex.IsMatch(r.Path,
                    System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(channel + ";messageid=")) + "(?<id>[^/]+)/activities/\\k<id>$"))))];

    private async Task<List<Azure.Data.Tables.TableEntity>> OpenShiftRowsAsync() =>
        [.. (await _bot.StoredEntitiesAsync(ShiftsFeature.ShiftsTable)).Where(e => e.RowKey.StartsWith("open|", StringComparison.Ordinal))];

    [Fact]
    public async Task CheckIn_InGeneralAfterDutyChannelIsSet_ChangesNothingAndSaysWhereWithALink()
    {
        var install = Activities.BotAddedToTeam("29:anna", "Anna Jensen");
        install["channelData"]!["channel"]!["name"] = "Vagter";
        install["channelData"]!["team"]!["aadGroupId"] = "0b7d3a52-9a43-4b5f-9a0e-2f1d6c1e5a10";
        await PostAsync(install);

        var response = await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", channel: Activities.GeneralChannelId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_bot.Connector.ThreadReplies()).Text();
        Assert.Contains("Vagttavlen står i kanalen »Vagter«", reply, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/channel/" + Uri.EscapeDataString(Activities.ChannelId) + "/Vagter?groupId=0b7d3a52-9a43-4b5f-9a0e-2f1d6c1e5a10", reply, StringComparison.Ordinal);
        Assert.Empty(BoardsIn(Activities.GeneralChannelId));
        Assert.Empty(_bot.Connector.BoardMessages());
        Assert.Empty(_bot.Connector.PersonalMessages());
        Assert.Empty(await OpenShiftRowsAsync());
    }

    [Fact]
    public async Task CheckIn_NoInstallSeen_FirstCheckInChannelBecomesDutyChannel()
    {
        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        await PostAsync(Activities.ChannelMessage("29:carl", "Carl Holm", "/checkin", channel: Activities.GeneralChannelId));

        Assert.Equal(["Bo Hansen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
        Assert.Empty(BoardsIn(Activities.GeneralChannelId));
        Assert.Contains("Vagttavlen står i en anden af teamets kanaler", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAddedToTeam_FromGeneral_GeneralBecomesDutyChannelAndOthersPointThere()
    {
        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));

        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        await PostAsync(Activities.ChannelMessage("29:carl", "Carl Holm", "/checkin", channel: Activities.GeneralChannelId));

        Assert.Empty(_bot.Connector.BoardMessages());
        Assert.Contains("Vagttavlen står i kanalen »Generelt«", _bot.Connector.ThreadReplies()[0].Text(), StringComparison.Ordinal);
        Assert.Equal(["Carl Holm"], BoardsIn(Activities.GeneralChannelId)[^1].Card().OnDutyNames());
    }

    [Fact]
    public async Task BotAddedToTeam_AgainAfterACoordinatorChose_KeepsTheChoice()
    {
        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));
        await PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/vagtkanal"));

        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));
        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        Assert.Equal(["Bo Hansen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
    }

    [Fact]
    public async Task DutyChannel_ByCoordinator_MovesCheckInToThatChannel()
    {
        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));

        await PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/vagtkanal"));
        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        await PostAsync(Activities.ChannelMessage("29:carl", "Carl Holm", "/checkin", channel: Activities.GeneralChannelId));

        var replies = _bot.Connector.ThreadReplies();
        Assert.Contains("Nu er denne kanal teamets vagtkanal", replies[0].Text(), StringComparison.Ordinal);
        Assert.Equal(["Bo Hansen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
        Assert.Empty(BoardsIn(Activities.GeneralChannelId));
        Assert.Contains("Vagttavlen står i", replies[^1].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DutyChannel_EnglishAliasByCoordinator_MovesCheckInToThatChannel()
    {
        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));

        await PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/dutychannel", locale: "en-US"));
        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        Assert.Contains("This channel is now the team's duty channel", _bot.Connector.ThreadReplies()[0].Text(), StringComparison.Ordinal);
        Assert.Equal(["Bo Hansen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
    }

    [Fact]
    public async Task DutyChannel_ByCounsellor_RefusesAndChangesNothing()
    {
        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));

        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/vagtkanal"));
        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        var replies = _bot.Connector.ThreadReplies();
        Assert.Contains("Det er kun koordinatorerne, der kan vælge vagtkanal", replies[0].Text(), StringComparison.Ordinal);
        Assert.Contains("Vagttavlen står i kanalen »Generelt«", replies[1].Text(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.BoardMessages());
    }

    [Fact]
    public async Task DutyChannel_InPersonalChat_SaysWhereToTypeIt()
    {
        await PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/vagtkanal"));

        var answer = Assert.Single(_bot.Connector.PersonalMessages()).Text();
        Assert.Contains("Skriv /vagtkanal i den af teamets kanaler", answer, StringComparison.Ordinal);
        Assert.Empty(await _bot.StoredEntitiesAsync(ShiftsFeature.DutyChannelsTable));
    }

    [Fact]
    public async Task CheckInButton_OnBoardOutsideTheDutyChannel_SaysWhereAndChangesNothing()
    {
        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));

        var response = await PostAsync(Activities.CardAction("29:bo", "Bo Hansen", ShiftVerbs.CheckIn));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string)body["type"]!);
        Assert.Contains("Vagttavlen står i kanalen »Generelt«", (string)body["value"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Connector.Requests, r => r.Json?["attachments"] is not null);
        Assert.Empty(await OpenShiftRowsAsync());
    }

    [Fact]
    public async Task CheckInAndOut_AfterDutyChannelMoved_PointToTheOpenShiftAndCloseIt()
    {
        await PostAsync(Activities.BotAddedToTeam("29:anna", "Anna Jensen", channel: Activities.GeneralChannelId));
        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", channel: Activities.GeneralChannelId));
        await PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/vagtkanal"));
        _bot.Time.Advance(TimeSpan.FromMinutes(30));

        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        await PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkout"));

        var replies = _bot.Connector.ThreadReplies();
        Assert.Contains("siden kl. 17.00 i kanalen »Generelt«", replies[^2].Text(), StringComparison.Ordinal);
        Assert.Equal("Du er tjekket ud. Tak for din vagt.", replies[^1].Text());
        Assert.Equal(["Bo Hansen"], BoardsIn(Activities.GeneralChannelId)[^1].Card().CheckedOutNames());
        Assert.Empty(_bot.Connector.BoardMessages()); // No board of nobody in the new duty channel.
        Assert.Empty(await OpenShiftRowsAsync());
    }
}
