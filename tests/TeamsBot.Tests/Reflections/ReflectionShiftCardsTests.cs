using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Reflections;
using TeamsBot.Shifts;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Reflections.ReflectionHost;

namespace TeamsBot.Tests.Reflections;

/// <summary>The reflection form on the shift cards: Samtale slut on the board and the checklist, the unfinished forms at check-out.</summary>
public sealed class ReflectionShiftCardsTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public ReflectionShiftCardsTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    /// <summary>Every button with <paramref name="verb"/>, wherever it sits (the card's actions or an action set in its body).</summary>
    private static List<JsonObject> Buttons(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb => [o],
        JsonObject o => [.. o.SelectMany(p => Buttons(p.Value, verb))],
        JsonArray a => [.. a.SelectMany(i => Buttons(i, verb))],
        _ => [],
    };

    [Fact]
    public async Task CheckIn_BoardAndStartOfShiftCard_OfferSamtaleSlutTheCardsOwnNamesItsCounsellor()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));

        var board = Assert.Single(Buttons(_bot.Connector.BoardMessages()[^1].Card(), ReflectionVerbs.CallEnded));
        Assert.Equal("Samtale slut", (string?)board["title"]);
        Assert.Null(board["data"]!["counsellorId"]); // One board for everyone: it acts for whoever presses.
        var start = Assert.Single(Buttons(_bot.Connector.PersonalMessages()[^1].Card(), ReflectionVerbs.CallEnded));
        Assert.Equal(Anna, (string?)start["data"]!["counsellorId"]);
    }

    [Fact]
    public async Task SamtaleSlut_PressedOnTheStartOfShiftCard_SendsAFormOfThatShift()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        var data = _bot.Connector.PersonalMessages()[^1].Card().ButtonData(ReflectionVerbs.CallEnded);

        var body = await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.CallEnded, data, inChannel: false));

        Assert.Equal("Refleksionsformularen kommer her i chatten.", body.AnsweredMessage()); // The checklist stays as it was.
        Assert.Equal(9, _bot.Connector.PersonalMessages()[^1].Card().Inputs().Count);
        Assert.Equal(Activities.ChannelId, Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).GetString("ShiftChannelId"));
    }

    [Fact]
    public async Task CheckOut_TwoOfTheShiftsFormsUnfinished_RitualCountsThemWithAButtonToOpenEach()
    {
        var before = (await _client.RequestFormAsync(_bot)).FormId(); // Before the shift: not this shift's.
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        _bot.Time.Advance(TimeSpan.FromMinutes(40));
        var first = (await _client.RequestFormAsync(_bot)).FormId();
        _bot.Time.Advance(TimeSpan.FromMinutes(35));
        var done = (await _client.RequestFormAsync(_bot)).FormId();
        await _client.SubmitAsync(Filled(done));
        _bot.Time.Advance(TimeSpan.FromMinutes(20));
        var last = (await _client.RequestFormAsync(_bot)).FormId();

        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout"));

        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Du har 2 refleksioner fra vagten, som ikke er udfyldt endnu.", ritual.AllText(), StringComparison.Ordinal);
        var open = Buttons(ritual, ReflectionVerbs.ResendForm);
        Assert.Equal([first, last], open.Select(b => (string?)b["data"]!["formId"]));
        Assert.Equal(["Samtalen kl. 17.40", "Samtalen kl. 18.35"], open.Select(b => (string?)b["title"]));
        Assert.DoesNotContain(before, ritual.ToJsonString(), StringComparison.Ordinal);
        CardSchemaOf(ritual);
    }

    [Fact]
    public async Task FormButton_OnTheRitual_SendsThatFormBelowAndLeavesTheRitual()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout"));
        var data = _bot.Connector.PersonalMessages()[^1].Card().ButtonData(ReflectionVerbs.ResendForm);

        var body = await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.ResendForm, data, inChannel: false));

        // A short answer, so the ritual (with its "Jeg har lukket ned") stays; the form comes as a new message.
        Assert.Equal("Formularen ligger herunder.", body.AnsweredMessage());
        Assert.Equal(formId, _bot.Connector.PersonalMessages()[^1].Card().FormId());
    }

    [Fact]
    public async Task FormButton_OnTheRitualForAFormSavedSinceThen_SaysSoAndSendsNothing()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        var formId = (await _client.RequestFormAsync(_bot)).FormId();
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout"));
        var data = _bot.Connector.PersonalMessages()[^1].Card().ButtonData(ReflectionVerbs.ResendForm);
        await _client.SubmitAsync(Filled(formId));
        var sent = _bot.Connector.PersonalMessages().Count;

        var body = await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.ResendForm, data, inChannel: false));

        Assert.StartsWith("Den formular er allerede udfyldt", body.AnsweredMessage(), StringComparison.Ordinal);
        Assert.Equal(sent, _bot.Connector.PersonalMessages().Count);
    }

    [Fact]
    public async Task CheckOut_EveryFormOfTheShiftDone_RitualSaysNothingAboutForms()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        await _client.SubmitAsync(Filled((await _client.RequestFormAsync(_bot)).FormId()));

        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout"));

        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Tak for din vagt", ritual.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("refleksion", ritual.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Buttons(ritual, ReflectionVerbs.ResendForm));
    }

    [Fact]
    public async Task ClosedDownPress_AfterOneOfTwoFormsWasSubmitted_RitualCountsOnlyTheOneLeft()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        var first = (await _client.RequestFormAsync(_bot)).FormId();
        _bot.Time.Advance(TimeSpan.FromMinutes(20)); // a second call: outside the double-click window
        var second = (await _client.RequestFormAsync(_bot)).FormId();
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout"));
        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        await _client.SubmitAsync(Filled(first));

        var closed = (await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ShiftVerbs.ClosedDown, ritual.ButtonData(ShiftVerbs.ClosedDown), inChannel: false))).AnsweredCard();
        var talk = (await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ShiftVerbs.NeedToTalk, ritual.ButtonData(ShiftVerbs.NeedToTalk), inChannel: false))).AnsweredCard();

        foreach (var card in new[] { closed, talk })
        {
            Assert.Contains("Du har én refleksion fra vagten, som ikke er udfyldt endnu.", card.AllText(), StringComparison.Ordinal);
            Assert.Equal([second], Buttons(card, ReflectionVerbs.ResendForm).Select(b => (string?)b["data"]!["formId"]));
        }
    }

    [Fact]
    public async Task CheckOut_English_CountsTheUnfinishedFormsInEnglish()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", locale: "en-US"));
        await _client.RequestFormAsync(_bot, "29:bo", "Bo Hansen", "en-US");

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkout", locale: "en-US"));

        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("You have one reflection from this shift that is not filled in yet.", ritual.AllText(), StringComparison.Ordinal);
        Assert.StartsWith("Call at 5:00", (string?)Assert.Single(Buttons(ritual, ReflectionVerbs.ResendForm))["title"], StringComparison.Ordinal);
    }

    private static void CardSchemaOf(JsonObject card) => Assert.Empty(TeamsBot.Tests.Cards.CardSchema.Errors(card.ToJsonString()));
}
