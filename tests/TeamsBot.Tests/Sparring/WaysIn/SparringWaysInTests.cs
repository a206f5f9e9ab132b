using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Reflections;
using TeamsBot.Sparring;
using TeamsBot.Sparring.Overview;
using TeamsBot.Sparring.WaysIn;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.WaysIn;

/// <summary>
/// The ways into a request from the other features' cards, on the real host with the recording connector: Anna is on
/// duty, Anne on call with Bo as backup (see <see cref="SparringHost"/>).
/// </summary>
public sealed class SparringWaysInTests : IDisposable
{
    private readonly BotFactory _bot = NewBot();
    private readonly HttpClient _client;

    public SparringWaysInTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private async Task<IReadOnlyList<SparringRequest>> StoredRequestsAsync() =>
        await _bot.Services.GetRequiredService<SparringRequestQuery>().CreatedBetweenAsync(_bot.Time.GetUtcNow().AddDays(-1), _bot.Time.GetUtcNow().AddDays(1), default);

    /// <summary>The Sparring button's data on the latest board in the duty channel.</summary>
    private JsonObject BoardButton() => _bot.Connector.BoardMessages()[^1].Card().ButtonData(AskSparringPress.Verb);

    [Fact]
    public async Task BoardSparring_PressedInTheChannel_AsksForThePresserAndAnswersOnlySentSeeYourChat()
    {
        await _client.SetUpAsync(_bot);
        var data = BoardButton();

        var answer = await _client.PressAsync(Anna, AnnaName, AskSparringPress.Verb, data, inChannel: true);

        Assert.Empty(data); // One render for the whole channel: the button names nobody.
        Assert.Equal("Sendt – se din chat med mig.", answer.AnsweredMessage());
        Assert.Contains("Anna Jensen vil gerne have sparring", Assert.Single(_bot.Connector.CardsTo(Anne)).AllText(), StringComparison.Ordinal);
        Assert.Contains("Din anmodning er sendt til Anne Holm (bagvagt)", Assert.Single(_bot.Connector.CardsTo(Anna)).AllText(), StringComparison.Ordinal);
        var request = Assert.Single(await StoredRequestsAsync());
        Assert.Equal((AnnaName, SparringUrgency.Now, (string?)null), (request.Counsellor.Name, request.Urgency, request.Note));
    }

    [Fact]
    public async Task BoardSparring_PressedByAColleague_AsksForTheColleagueNotTheOneWhoCheckedIn()
    {
        await _client.SetUpAsync(_bot);

        await _client.PressAsync(Dan, DanName, AskSparringPress.Verb, BoardButton(), inChannel: true);

        Assert.Equal(DanName, Assert.Single(await StoredRequestsAsync()).Counsellor.Name);
        Assert.Contains("Dan Berg vil gerne have sparring", Assert.Single(_bot.Connector.CardsTo(Anne)).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoardSparring_DoubleClick_OneRequestBothAnsweredAlike()
    {
        await _client.SetUpAsync(_bot);

        var first = await _client.PressAsync(Anna, AnnaName, AskSparringPress.Verb, BoardButton(), inChannel: true);
        _bot.Time.Advance(TimeSpan.FromSeconds(2));
        var second = await _client.PressAsync(Anna, AnnaName, AskSparringPress.Verb, BoardButton(), inChannel: true);

        Assert.Equal(first.AnsweredMessage(), second.AnsweredMessage());
        Assert.Single(await StoredRequestsAsync());
        Assert.Single(_bot.Connector.CardsTo(Anne));
    }

    [Fact]
    public async Task StartCardSparring_ByItsCounsellor_AsksAndAnswersWithAMessage()
    {
        await _client.SetUpAsync(_bot);
        var checklist = _bot.Connector.PersonalMessages().Select(r => r.Card()).Last(c => c.AllText().Contains("Godt at du er på vagt", StringComparison.Ordinal));
        var data = checklist.ButtonData(AskSparringPress.Verb);

        var answer = await _client.PressAsync(Anna, AnnaName, AskSparringPress.Verb, data);

        Assert.Equal(Anna, (string?)data["counsellorId"]);
        Assert.Equal("Sendt – se din chat med mig.", answer.AnsweredMessage());
        Assert.Single(_bot.Connector.CardsTo(Anne));
    }

    [Fact]
    public async Task StartCardSparring_ForwardedToSomeoneElse_RefusedAndNothingAsked()
    {
        await _client.SetUpAsync(_bot);

        var answer = await _client.PressAsync(Dan, DanName, AskSparringPress.Verb, new JsonObject { ["counsellorId"] = Anna });

        Assert.StartsWith("Knappen er til den, tjeklisten blev sendt til", answer.AnsweredMessage(), StringComparison.Ordinal);
        Assert.Empty(await StoredRequestsAsync());
        Assert.Empty(_bot.Connector.CardsTo(Anne));
    }

    [Theory]
    [InlineData("now", SparringUrgency.Now)]
    [InlineData("laterInShift", SparringUrgency.LaterInShift)]
    [InlineData("afterShift", SparringUrgency.AfterShift)]
    public async Task ReflectionForm_SparringNeed_RequestWithThatUrgencyAndTheSummarySaysItWent(string need, SparringUrgency urgency)
    {
        await _client.SetUpAsync(_bot);
        var data = ReflectionHost.Filled((await _client.RequestFormAsync(_bot)).FormId(), "Det her er kun mit eget.");
        data[ReflectionInputs.Sparring] = need;

        var summary = (await _client.SubmitAsync(data)).AnsweredCard();

        var request = Assert.Single(await StoredRequestsAsync());
        Assert.Equal((urgency, (string?)null), (request.Urgency, request.Note));
        Assert.Contains("Din anmodning om sparring er sendt til Anne Holm (bagvagt).", summary.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Bagvagt Birgit", summary.AllText(), StringComparison.Ordinal); // The configured contact gives way to the request.
        Assert.DoesNotContain("Det her er kun mit eget", Assert.Single(_bot.Connector.CardsTo(Anne)).Json(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReflectionForm_NoSparringNeed_NothingAsked()
    {
        await _client.SetUpAsync(_bot);

        var summary = (await _client.SubmitAsync(ReflectionHost.Filled((await _client.RequestFormAsync(_bot)).FormId()))).AnsweredCard();

        Assert.Empty(await StoredRequestsAsync());
        Assert.DoesNotContain("anmodning", summary.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReflectionForm_NobodyOnCall_SummarySaysPassedOnAndStillShowsTheContact()
    {
        await _client.SetUpAsync(_bot, withRoster: false);
        var data = ReflectionHost.Filled((await _client.RequestFormAsync(_bot)).FormId());
        data[ReflectionInputs.Sparring] = "now";

        var summary = (await _client.SubmitAsync(data)).AnsweredCard();

        Assert.Contains("Ingen har bagvagt lige nu, så din anmodning om sparring er sendt videre.", summary.AllText(), StringComparison.Ordinal);
        Assert.Contains("Bagvagt Birgit", summary.AllText(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await StoredRequestsAsync()).OnCallPrimary);
    }

    [Fact]
    public async Task TalkToSomeoneNow_AfterAChildConcern_MakesANowRequestAndTheSummaryShowsItWent()
    {
        await _client.SetUpAsync(_bot);
        var data = ReflectionHost.Filled((await _client.RequestFormAsync(_bot)).FormId());
        data[ReflectionInputs.ChildConcern] = "true";
        var summary = (await _client.SubmitAsync(data)).AnsweredCard();
        Assert.Empty(await StoredRequestsAsync());

        var shown = (await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.TalkNow, summary.ButtonData(ReflectionVerbs.TalkNow), inChannel: false))).AnsweredCard();

        Assert.Equal(SparringUrgency.Now, Assert.Single(await StoredRequestsAsync()).Urgency);
        Assert.Contains("Din anmodning om sparring er sendt til Anne Holm (bagvagt).", shown.AllText(), StringComparison.Ordinal);
        Assert.Contains("Underretningspligt", shown.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(ReflectionVerbs.TalkNow, shown.Json(), StringComparison.Ordinal); // Not offered twice.
        Assert.Contains("Anna Jensen vil gerne have sparring", Assert.Single(_bot.Connector.CardsTo(Anne)).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TalkToSomeoneNow_AfterAFormThatAskedForAfterTheShift_StillOfferedAndAsksForNow()
    {
        await _client.SetUpAsync(_bot);
        var data = ReflectionHost.Filled((await _client.RequestFormAsync(_bot)).FormId());
        data[ReflectionInputs.ChildConcern] = "true";
        data[ReflectionInputs.Sparring] = "afterShift";
        var summary = (await _client.SubmitAsync(data)).AnsweredCard();

        // Pressed at once, within the double-click window of the form's own request: another urgency is another need.
        var shown = (await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.TalkNow, summary.ButtonData(ReflectionVerbs.TalkNow), inChannel: false))).AnsweredCard();

        var urgencies = (await StoredRequestsAsync()).Select(r => r.Urgency).Order();
        Assert.Equal([SparringUrgency.Now, SparringUrgency.AfterShift], urgencies);
        Assert.Equal(2, _bot.Connector.CardsTo(Anne).Count);
        Assert.DoesNotContain(ReflectionVerbs.TalkNow, shown.Json(), StringComparison.Ordinal);
    }
}
