using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Overview;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class OverviewTests : IDisposable
{
    private const string Coordinator = "29:cy";
    private readonly BotFactory _bot = new(new()
    {
        ["Roles:Coordinators:0"] = Activities.EntraIdOf(Coordinator),
        ["Shifts:MaxShiftDuration"] = "12:00:00",
    });

    private readonly HttpClient _client;

    public OverviewTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    /// <summary>The shifts' facts under one week's heading (other features' sections follow theirs): label → count.</summary>
    private static Dictionary<string, string> WeekFigures(JsonObject card, string weekHeadingStart)
    {
        var week = card["body"]!.AsArray().OfType<JsonObject>()
            .Single(e => (string?)e["type"] == "Container" && ((string?)e["items"]![0]!["text"])!.StartsWith(weekHeadingStart, StringComparison.Ordinal));
        var items = week["items"]!.AsArray().OfType<JsonObject>().ToList();
        var shifts = items.FindIndex(e => (string?)e["text"] == "Vagter");
        return items[shifts + 1]["facts"]!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
    }

    [Fact]
    public async Task Overblik_AfterCheckInsOutsAndACloseDown_CountsThemInTheirWeeks()
    {
        // Week 48 (Tuesday 24 November): Anna checks in and out and presses "I've closed down"; Bo checks in and is closed by the bot.
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(2));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));
        var closedDown = _bot.Connector.PersonalMessages()[^1].Card().ButtonData(ShiftVerbs.ClosedDown);
        await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.ClosedDown, closedDown, inChannel: false));
        _bot.Time.Advance(TimeSpan.FromHours(11));
        await _bot.Services.GetRequiredService<OverdueShiftSweeper>().SweepAsync(default);
        // Week 49: Anna checks in again on Monday 30 November, still on duty when the coordinator looks.
        _bot.Time.Advance(TimeSpan.FromDays(5));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        await _client.PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/overblik"));

        var card = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Equal(
            new Dictionary<string, string> { ["Tjek ind"] = "2", ["Tjek ud"] = "1", ["Lukket automatisk (ikke tjekket ud)"] = "1", ["Trykket »Jeg har lukket ned«"] = "1" },
            WeekFigures(card, "Uge 48"));
        Assert.Equal("1", WeekFigures(card, "Uge 49")["Tjek ind"]);
        Assert.Equal("0", WeekFigures(card, "Uge 49")["Tjek ud"]);
        Assert.Equal("0", WeekFigures(card, "Uge 45")["Tjek ind"]);
    }

    [Fact]
    public async Task Overblik_NonCoordinator_RefusedPolitelyWithoutFigures()
    {
        await _client.PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", "/overview", locale: "en-US"));

        var reply = _bot.Connector.PersonalMessages()[^1];
        Assert.Null(reply.Json!["attachments"]);
        Assert.StartsWith("Only coordinators", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overblik_InAChannel_PointsToThePersonalChatWithoutFigures()
    {
        await _client.PostAsync(Activities.ChannelMessage(Coordinator, "Cy Larsen", "/overblik"));

        var reply = _bot.Connector.ThreadReplies()[^1];
        Assert.Null(reply.Json!["attachments"]);
        Assert.Contains("1:1-chat", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowOverviewPress_Coordinator_ShowsTheOverviewInPlace()
    {
        var response = await _client.PostAsync(Activities.CardAction(Coordinator, "Cy Larsen", ShowOverviewPress.Verb, inChannel: false));

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        Assert.Equal("0", WeekFigures(answer["value"]!.AsObject(), "Uge 48")["Tjek ind"]);
    }

    [Fact]
    public async Task ShowOverviewPress_NonCoordinator_RefusedWithoutFigures()
    {
        var response = await _client.PostAsync(Activities.CardAction("29:bo", "Bo Hansen", ShowOverviewPress.Verb, inChannel: false));

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.StartsWith("Det er kun koordinatorer", (string?)answer["value"], StringComparison.Ordinal);
    }
}
