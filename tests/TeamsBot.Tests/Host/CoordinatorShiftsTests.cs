using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class CoordinatorShiftsTests : IDisposable
{
    private const string Coordinator = "29:cy";
    private readonly BotFactory _bot = new(new()
    {
        ["Roles:Coordinators:0"] = Activities.EntraIdOf(Coordinator),
        ["Shifts:MaxShiftDuration"] = "12:00:00",
    });

    private readonly HttpClient _client;

    public CoordinatorShiftsTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    /// <summary>Anna checks in at 17.00 and forgets to check out; the bot closes the shift at 05.00 the next morning.</summary>
    private async Task AnnasShiftClosedByBotAsync()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(10));
        Assert.Equal(1, await _bot.Services.GetRequiredService<OverdueShiftSweeper>().SweepAsync(default));
    }

    private async Task<JsonObject> PressAsync(string userId, string userName, string verb, JsonObject data)
    {
        var response = await _client.PostAsync(Activities.CardAction(userId, userName, verb, data, inChannel: false));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject Button(JsonNode card, string verb) => card.ButtonData(verb);

    private async Task<JsonObject> ListCardAsync()
    {
        await _client.PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/vagter"));
        return _bot.Connector.PersonalMessages()[^1].Card();
    }

    [Fact]
    public async Task Vagter_CoordinatorCorrectsAutoClosedShift_BoardShowsCorrectedAndCorrectionIsStored()
    {
        await AnnasShiftClosedByBotAsync();
        var list = await ListCardAsync();
        Assert.Contains("Anna Jensen", list.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("ikke tjekket ud", list.ToJsonString(), StringComparison.Ordinal);

        var form = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.EditShift, Button(list, CoordinatorVerbs.EditShift));
        var save = Button(form["value"]!, CoordinatorVerbs.CorrectShift);
        save[CorrectShiftPress.TimeInputId] = "19:30";
        var saved = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.CorrectShift, save);

        Assert.Contains("Rettet: Anna Jensen, 17.00–19.30 · rettet.", saved["value"]!.AllText(), StringComparison.Ordinal);
        var board = _bot.Connector.BoardMessages()[^1];
        Assert.Contains("17.00–19.30 · rettet", board.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ikke tjekket ud", board.Body, StringComparison.Ordinal);
        var row = Assert.Single(await _bot.StoredEntitiesAsync(ShiftsFeature.ShiftsTable), e => e.RowKey.StartsWith("closed|", StringComparison.Ordinal));
        var correction = Assert.Single(JsonNode.Parse(row.GetString("Corrections"))!.AsArray())!;
        Assert.Equal(Coordinator, (string?)correction["byId"]);
        Assert.Equal("Cy Larsen", (string?)correction["byName"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero), correction["oldCheckOut"]!.GetValue<DateTimeOffset>());
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 30, 0, TimeSpan.Zero), correction["newCheckOut"]!.GetValue<DateTimeOffset>());
        Assert.Equal(_bot.Time.GetUtcNow(), correction["at"]!.GetValue<DateTimeOffset>());
        Assert.Contains("Cy Larsen (koordinator) har rettet dit tjek ud til kl. 19.30", _bot.Connector.PersonalMessages()[^1].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vagter_CoordinatorChecksOutOpenShift_ShiftClosedAtTypedTime()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(3));
        var form = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.EditShift, Button(await ListCardAsync(), CoordinatorVerbs.EditShift));
        var save = Button(form["value"]!, CoordinatorVerbs.CorrectShift);
        save[CorrectShiftPress.TimeInputId] = "18:30";

        await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.CorrectShift, save);

        var board = _bot.Connector.BoardMessages()[^1];
        Assert.Empty(board.Card().OnDutyNames());
        Assert.Contains("17.00–18.30 · rettet", board.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vagter_TimeBeforeCheckIn_FormComesBackWithReasonAndTypedTimeAndNothingChanges()
    {
        await AnnasShiftClosedByBotAsync();
        var form = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.EditShift, Button(await ListCardAsync(), CoordinatorVerbs.EditShift));
        var save = Button(form["value"]!, CoordinatorVerbs.CorrectShift);
        save[CorrectShiftPress.TimeInputId] = "16:30";
        var boardsBefore = _bot.Connector.BoardMessages().Count;

        var refused = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.CorrectShift, save);

        Assert.Contains("Tjek ud skal ligge efter tjek ind kl. 17.00.", refused["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"16:30\"", refused["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(boardsBefore, _bot.Connector.BoardMessages().Count);
        var row = Assert.Single(await _bot.StoredEntitiesAsync(ShiftsFeature.ShiftsTable), e => e.RowKey.StartsWith("closed|", StringComparison.Ordinal));
        Assert.Null(row.GetString("Corrections"));
    }

    [Fact]
    public async Task Vagter_NonCoordinator_RefusedPolitelyWithoutList()
    {
        await AnnasShiftClosedByBotAsync();

        await _client.PostAsync(Activities.PersonalMessage("29:bo", "Bo Hansen", "/vagter"));

        var reply = _bot.Connector.PersonalMessages()[^1];
        Assert.Null(reply.Json!["attachments"]);
        Assert.Contains("kun koordinatorer", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectButton_PressedByNonCoordinator_RefusedAndNothingChanges()
    {
        await AnnasShiftClosedByBotAsync();
        var form = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.EditShift, Button(await ListCardAsync(), CoordinatorVerbs.EditShift));
        var save = Button(form["value"]!, CoordinatorVerbs.CorrectShift);
        save[CorrectShiftPress.TimeInputId] = "19:30";
        var boardsBefore = _bot.Connector.BoardMessages().Count;

        var refused = await PressAsync("29:anna", "Anna Jensen", CoordinatorVerbs.CorrectShift, save);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)refused["type"]);
        Assert.Contains("kun koordinatorer", (string?)refused["value"], StringComparison.Ordinal);
        Assert.Equal(boardsBefore, _bot.Connector.BoardMessages().Count);
        var row = Assert.Single(await _bot.StoredEntitiesAsync(ShiftsFeature.ShiftsTable), e => e.RowKey.StartsWith("closed|", StringComparison.Ordinal));
        Assert.Null(row.GetString("Corrections"));
        Assert.Equal(ShiftEnd.ClosedByBot.ToString(), row.GetString("End"));
    }

    [Fact]
    public async Task CorrectButton_ForgedShiftData_ShowsTodaysShiftsAndChangesNothing()
    {
        await AnnasShiftClosedByBotAsync();
        var form = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.EditShift, Button(await ListCardAsync(), CoordinatorVerbs.EditShift));
        var forged = Button(form["value"]!, CoordinatorVerbs.CorrectShift);
        forged["checkedIn"] = "123";
        forged[CorrectShiftPress.TimeInputId] = "19:30";

        var answer = await PressAsync(Coordinator, "Cy Larsen", CoordinatorVerbs.CorrectShift, forged);

        Assert.Contains("Den vagt findes ikke længere", answer["value"]!.AllText(), StringComparison.Ordinal);
        var row = Assert.Single(await _bot.StoredEntitiesAsync(ShiftsFeature.ShiftsTable), e => e.RowKey.StartsWith("closed|", StringComparison.Ordinal));
        Assert.Null(row.GetString("Corrections"));
    }

    [Fact]
    public async Task Vagter_InChannel_AnswersInThreadThatItIsForThePersonalChatWithoutListingShifts()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        await _client.PostAsync(Activities.ChannelMessage(Coordinator, "Cy Larsen", "/vagter"));

        var reply = _bot.Connector.ThreadReplies()[^1];
        Assert.Contains("kun i din 1:1-chat", reply.Text(), StringComparison.Ordinal);
        Assert.Null(reply.Json!["attachments"]);
        Assert.DoesNotContain(_bot.Connector.PersonalMessages(), m => m.Body?.Contains("Dagens vagter", StringComparison.Ordinal) == true);
    }
}
