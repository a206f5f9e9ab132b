using System.Text.Json.Nodes;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>Forged or stale card data: a clear message, and nothing changes (the request as stored, no card sent).</summary>
public sealed class SparringBadInputTests : IDisposable
{
    private readonly BotFactory _bot = NewBot();
    private readonly HttpClient _client;

    public SparringBadInputTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private async Task<string> AskAsync()
    {
        await _client.SetUpAsync(_bot);
        await _client.AskAsync("Note");
        return _bot.Connector.CardsTo(Anne)[^1].RequestId();
    }

    [Theory]
    [InlineData(SparringVerbs.Accept, Dan, DanName, "Anmodningen er ikke sendt til dig, så du kan ikke tage den.")]
    [InlineData(SparringVerbs.Decline, Dan, DanName, "Anmodningen er ikke sendt til dig, så du kan ikke tage den.")]
    [InlineData(SparringVerbs.Accept, Anna, AnnaName, "Det er din egen anmodning.")]
    [InlineData(SparringVerbs.Cancel, Anne, AnneName, "Den knap er ikke din at trykke på.")]
    [InlineData(SparringVerbs.Done, Anne, AnneName, "Ingen har taget anmodningen endnu.")]
    public async Task Press_NotTheirsToPress_IsRefusedWithAClearMessageAndChangesNothing(string verb, string user, string name, string message)
    {
        var requestId = await AskAsync();
        var before = (await _bot.StoredEntitiesAsync(SparringFeature.RequestsTable)).Single(e => e.RowKey == "request").ETag;
        var sent = _bot.Connector.Requests.Count;

        var answer = await _client.PressAsync(user, name, verb, Data(requestId));

        Assert.Equal(message, answer.AnsweredMessage());
        Assert.Equal(before, (await _bot.StoredEntitiesAsync(SparringFeature.RequestsTable)).Single(e => e.RowKey == "request").ETag);
        Assert.Equal(sent, _bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task Accept_OnACancelledRequest_SaysItWasCancelled()
    {
        var requestId = await AskAsync();
        await _client.PressAsync(Anna, AnnaName, SparringVerbs.Cancel, Data(requestId));

        var answer = await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId));

        Assert.Equal("Anmodningen er annulleret.", answer.AnsweredMessage());
        Assert.Equal(SparringRequestState.Cancelled, (await _bot.StoredRequestAsync(requestId)).State);
    }

    [Fact]
    public async Task Done_BySomeoneOtherThanWhoTookIt_IsRefused()
    {
        var requestId = await AskAsync();
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromMinutes(3));
        await _client.PressAsync(Bo, BoName, SparringVerbs.Accept, Data(requestId));

        var answer = await _client.PressAsync(Anne, AnneName, SparringVerbs.Done, Data(requestId));

        Assert.Equal("Den knap er ikke din at trykke på.", answer.AnsweredMessage());
        Assert.Equal(SparringRequestState.Accepted, (await _bot.StoredRequestAsync(requestId)).State);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("../../request")]
    [InlineData("")]
    public async Task Accept_WithAnUnknownOrMalformedId_SaysItCannotFindTheRequest(string requestId)
    {
        await AskAsync();

        var answer = await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId));

        Assert.Equal("Jeg kan ikke finde den anmodning. Kortet er måske forældet.", answer.AnsweredMessage());
    }

    [Fact]
    public async Task Accept_WithoutARequestId_IsAnsweredAndChangesNothing()
    {
        var requestId = await AskAsync();

        var answer = await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, new JsonObject { ["somethingElse"] = "x" });

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.Equal(SparringRequestState.Open, (await _bot.StoredRequestAsync(requestId)).State);
    }
}
