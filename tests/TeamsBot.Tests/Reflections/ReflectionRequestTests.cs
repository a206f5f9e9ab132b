using System.Text.Json.Nodes;
using TeamsBot.Reflections;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Reflections.ReflectionHost;

namespace TeamsBot.Tests.Reflections;

/// <summary>/samtale and "Samtale slut": the form always arrives in the 1:1 chat, never in a channel.</summary>
public sealed class ReflectionRequestTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public ReflectionRequestTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task Samtale_InPersonalChat_SendsTheFormWithExactlyTheContractInputIds()
    {
        var card = await _client.RequestFormAsync(_bot);

        Assert.Equal(["contactForm", "minutes", "topics", "referrals", "childConcern", "feeling", "private", "sparring", "share"], card.Inputs().Keys);
        Assert.Equal("Refleksion efter samtalen", (string?)card["body"]![0]!["text"]);
        Assert.Equal(32, card.FormId().Length);
        Assert.Empty(_bot.Connector.ThreadReplies());
    }

    [Fact]
    public async Task Samtale_TwiceWithinTheDoubleClickWindow_SendsTheSameFormAgainAndCountsOneCall()
    {
        var first = (await _client.RequestFormAsync(_bot)).FormId();
        _bot.Time.Advance(TimeSpan.FromSeconds(3));
        var again = (await _client.RequestFormAsync(_bot)).FormId();
        _bot.Time.Advance(ReflectionForms.DoubleClickWindow);
        var next = (await _client.RequestFormAsync(_bot)).FormId();

        Assert.Equal(first, again);
        Assert.NotEqual(first, next);
        Assert.Equal(2, (await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable)).Count);
    }

    [Fact]
    public async Task Call_InEnglish_SendsTheFormInEnglish()
    {
        var card = await _client.RequestFormAsync(_bot, locale: "en-US");

        Assert.Equal("Reflection after the call", (string?)card["body"]![0]!["text"]);
    }

    [Fact]
    public async Task Samtale_InChannel_SendsTheFormToThePersonalChatAndOnlySaysSoInTheChannel()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/samtale"));

        var form = Assert.Single(_bot.Connector.PersonalMessages());
        Assert.Equal(9, form.Card().Inputs().Count);
        var reply = Assert.Single(_bot.Connector.ThreadReplies());
        Assert.Equal("Refleksionsformularen ligger nu i din 1:1-chat med Vagtrum.", reply.Text());
        Assert.Null(reply.Json!["attachments"]);
        Assert.Empty(_bot.Connector.BoardMessages());
    }

    [Fact]
    public async Task Call_InGroupChat_SendsTheFormToThePersonalChat()
    {
        var message = Activities.PersonalMessage(Anna, AnnaName, "/call");
        message["conversation"] = new JsonObject { ["id"] = "19:group@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = Activities.TenantId };

        await _client.PostAsync(message);

        Assert.Single(_bot.Connector.PersonalMessages(), m => m.Json?["attachments"] is not null);
        Assert.Contains(_bot.Connector.Requests, r => r.Path.Contains("19%3Agroup", StringComparison.Ordinal) && r.Text().Contains("1:1-chat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CallEndedPress_OnTheBoard_AnswersWithAMessageAndSendsTheFormToThePersonalChat()
    {
        var body = await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.CallEnded));

        Assert.Equal("Refleksionsformularen ligger nu i din 1:1-chat med Vagtrum.", body.AnsweredMessage());
        Assert.Equal(9, Assert.Single(_bot.Connector.PersonalMessages()).Card().Inputs().Count);
        Assert.Empty(_bot.Connector.BoardMessages());
    }

    [Fact]
    public async Task CallEndedPress_InThePersonalChat_SendsTheFormThereAndKeepsTheCard()
    {
        var body = await _client.InvokeAsync(Activities.CardAction(Anna, AnnaName, ReflectionVerbs.CallEnded, inChannel: false));

        Assert.Equal("Refleksionsformularen kommer her i chatten.", body.AnsweredMessage());
        Assert.Equal(9, Assert.Single(_bot.Connector.PersonalMessages()).Card().Inputs().Count);
    }

    [Fact]
    public async Task CallEndedPress_NamingSomeoneElse_IsRefusedAndIssuesNothing()
    {
        var press = Activities.CardAction("29:bo", "Bo Hansen", ReflectionVerbs.CallEnded, new JsonObject { ["counsellorId"] = Anna }, inChannel: false);

        var body = await _client.InvokeAsync(press);

        Assert.Contains("en anden rådgiver", body.AnsweredMessage(), StringComparison.Ordinal);
        Assert.Empty(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable));
    }

    [Fact]
    public async Task Samtale_WhileCheckedIn_RecordsTheOpenShift()
    {
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));

        await _client.RequestFormAsync(_bot);

        var row = Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable));
        Assert.Equal(Activities.ChannelId, row.GetString("ShiftChannelId"));
        Assert.Equal(_bot.Time.GetUtcNow().UtcTicks, row.GetInt64("ShiftCheckedInTicks"));
        Assert.Equal("Issued", row.GetString("State"));
    }

    [Fact]
    public async Task Samtale_NotCheckedIn_IssuesAFormWithoutAShift()
    {
        await _client.RequestFormAsync(_bot);

        var row = Assert.Single(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable));
        Assert.Null(row.GetString("ShiftChannelId"));
        Assert.Equal("Issued", row.GetString("State"));
    }

    [Fact]
    public async Task Samtale_InChannelWhenThePersonalChatIsRefused_SaysHowToOpenItAndKeepsNoForm()
    {
        _bot.Connector.FailNext(1, System.Net.HttpStatusCode.Forbidden, r => r.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal));

        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/samtale"));

        var reply = Assert.Single(_bot.Connector.ThreadReplies()).Text();
        Assert.Contains("Åbn chatten med Vagtrum", reply, StringComparison.Ordinal);
        Assert.Contains("/samtale", reply, StringComparison.Ordinal);
        Assert.Empty(await _bot.StoredEntitiesAsync(ReflectionsFeature.ReflectionsTable));
    }
}
