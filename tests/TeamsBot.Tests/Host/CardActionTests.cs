using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Net;
using System.Text.Json.Nodes;
using Bot.Protocol.Invoke;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class CardActionTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public CardActionTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private static async Task<JsonObject> InvokeBodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task CheckInButton_OnBoard_ReturnsUpdatedBoardCardForThePresser()
    {
        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckIn)));

        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)body["type"]!);
        Assert.Equal(["Anna Jensen"], body["value"]!.AsObject().OnDutyNames());
        Assert.Equal(["Anna Jensen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
    }

    [Fact]
    public async Task CheckInButton_OnYesterdaysBoard_ChecksInOnTodaysBoardAndLeavesTheOldCardAlone()
    {
        var yesterday = DateOnly.FromDateTime(_bot.Time.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var press = Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckIn, new JsonObject { ["day"] = yesterday });

        var body = await InvokeBodyAsync(await _client.PostAsync(press));

        // A message, not a card: a card answer would turn yesterday's board message into a second board for today.
        Assert.Equal("application/vnd.microsoft.activity.message", (string)body["type"]!);
        Assert.Equal("Du er tjekket ind. God vagt!", (string)body["value"]!);
        Assert.Equal(["Anna Jensen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
    }

    [Fact]
    public async Task BoardButtons_CarryTheBoardsDay()
    {
        // The board's own buttons. Other features' (the reflection form's Call ended) do the same on any day's board and
        // answer with a message, so they need no day: this host leaves them out.
        using var bot = new BotFactory(configure: services => services.RemoveAll<IShiftCardAdditions>());
        await bot.CreateClient().PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        var actions = bot.Connector.BoardMessages()[^1].Card()["actions"]!.AsArray();

        Assert.All(actions.Where(a => (string?)a!["type"] == "Action.Execute"), a => Assert.Equal("2026-11-24", (string?)a!["data"]!["day"]));
    }

    [Fact]
    public async Task CheckOutButton_AfterCheckIn_MovesPresserToCheckedOut()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckOut)));

        Assert.Equal(["Anna Jensen"], body["value"]!.AsObject().CheckedOutNames());
        Assert.Equal(HttpMethod.Put, _bot.Connector.BoardMessages()[^1].Method);
    }

    [Fact]
    public async Task CheckOutButton_WithForgedCounsellorData_RefusedAndOtherCounsellorStaysOnDuty()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var forged = new JsonObject { ["counsellorId"] = "29:anna" };

        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:mallory", "Mallory", ShiftVerbs.CheckOut, forged)));

        Assert.Equal("application/vnd.microsoft.activity.message", (string)body["type"]!);
        Assert.Equal("Du kan kun tjekke dig selv ind og ud.", (string)body["value"]!);
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        Assert.Contains("siden", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckOutButton_NotCheckedIn_ToldKindly()
    {
        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckOut, locale: "en-US")));

        Assert.Equal("You are not checked in right now, so there is nothing to check out of.", (string)body["value"]!);
    }

    [Fact]
    public async Task ClosedDownButton_OnOwnRitualCard_RecordedAndCardThanks()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(2));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));
        var data = RitualButtonData();
        _bot.Time.Advance(TimeSpan.FromMinutes(3));

        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.ClosedDown, data, inChannel: false)));

        Assert.Contains("Du lukkede vagten ned kl. 19.03", body["value"]!.AsObject().AllText(), StringComparison.Ordinal);
        var stored = await StoredShiftAsync(data);
        Assert.Equal(_bot.Time.GetUtcNow(), stored!.ClosedDownAt);
    }

    [Fact]
    public async Task ClosedDownButton_PressedBySomeoneElse_RefusedAndNothingRecorded()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));
        var data = RitualButtonData();

        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:bo", "Bo Hansen", ShiftVerbs.ClosedDown, data, inChannel: false)));

        Assert.Contains("en anden rådgivers vagt", (string)body["value"]!, StringComparison.Ordinal);
        Assert.Null((await StoredShiftAsync(data))!.ClosedDownAt);
    }

    [Fact]
    public async Task NeedToTalkButton_ShowsTheSparringContact()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));

        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.NeedToTalk, RitualButtonData(), inChannel: false)));

        Assert.Contains("Bagvagt Birgit, tlf. +45 12 34 56 78", body["value"]!.AsObject().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedDownThenNeedToTalk_TheWayToAskForHelpStaysAndTheClosedDownStateIsKept()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));
        var data = RitualButtonData();

        var closed = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.ClosedDown, data, inChannel: false)));
        var talk = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.NeedToTalk, data.DeepClone().AsObject(), inChannel: false)));

        Assert.Contains(Verbs(closed), v => v == ShiftVerbs.NeedToTalk);
        Assert.DoesNotContain(Verbs(closed), v => v == ShiftVerbs.ClosedDown); // Recorded once; not offered again.
        var shown = talk["value"]!.AsObject().AllText();
        Assert.Contains("Bagvagt Birgit, tlf. +45 12 34 56 78", shown, StringComparison.Ordinal);
        Assert.Contains("Du lukkede vagten ned kl.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(Verbs(talk), v => v == ShiftVerbs.ClosedDown);
    }

    private static IEnumerable<string> Verbs(JsonNode invokeBody) =>
        (invokeBody["value"]!["actions"]?.AsArray() ?? []).Select(a => (string?)a!["verb"]).OfType<string>();

    [Fact]
    public async Task ClosedDownButton_StaleOrMalformedData_SaysShiftNotFound()
    {
        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.ClosedDown,
            new JsonObject { ["counsellorId"] = "29:anna", ["day"] = "not-a-day" }, inChannel: false)));

        Assert.Equal("Jeg kan ikke finde den vagt længere.", (string)body["value"]!);
    }

    [Fact]
    public async Task CheckInButton_DayThatIsNotADay_AnsweredAsAnOutdatedButtonAndNobodyIsCheckedIn()
    {
        var press = Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckIn, new JsonObject { ["day"] = "not-a-day" });

        var body = await InvokeBodyAsync(await _client.PostAsync(press));

        Assert.Equal("application/vnd.microsoft.activity.message", (string)body["type"]!);
        Assert.Contains("Den knap kender jeg ikke", (string)body["value"]!, StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.BoardMessages());
    }

    [Fact]
    public async Task UnknownVerb_AnswersWithAMessageNotAnError()
    {
        var body = await InvokeBodyAsync(await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", "shift.teleport")));

        Assert.Contains("Den knap kender jeg ikke", (string)body["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitFallback_CheckOutViaActionSubmit_UpdatesTheCardMessage()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var submit = Activities.ChannelMessage("29:anna", "Anna Jensen", "", mention: false);
        submit.Remove("text");
        submit["replyToId"] = "activity-1";
        submit["value"] = new JsonObject { ["verb"] = ShiftVerbs.CheckOut };

        await _client.PostAsync(submit);

        var update = _bot.Connector.Requests.Last(r => r.Method == HttpMethod.Put);
        Assert.Equal(["Anna Jensen"], update.Card().CheckedOutNames());
    }

    private JsonObject RitualButtonData()
    {
        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        return ritual["actions"]![0]!["data"]!.AsObject().DeepClone().AsObject();
    }

    private async Task<Shift?> StoredShiftAsync(JsonObject data)
    {
        var shiftRef = CardActionPayload.Read<ClosedDownPress>(data)!.ToRef();
        using var scope = _bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IShiftStore>().GetClosedAsync(shiftRef, default);
    }
}
