using System.Net;
using TeamsBot.DueWork;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>Never silent: the ladder's rungs with the fake clock, the honest last step, the unreachable, and the end of the shift.</summary>
public sealed class SparringEscalationTests : IDisposable
{
    private const string Emergency = "Ring til vagtlederen på 70 20 30 40.";
    private static readonly TimeSpan AckTimeout = TimeSpan.FromMinutes(3);
    private readonly BotFactory _bot = NewBot(settings: new() { ["Sparring:EmergencyText"] = Emergency });
    private readonly HttpClient _client;

    public SparringEscalationTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task NoAccept_AfterTheAckTimeout_RemindsThePrimaryAndNotifiesTheBackupButNotBefore()
    {
        await _client.SetUpAsync(_bot);
        await _client.AskAsync();

        await _bot.AdvanceAndRunDueWorkAsync(AckTimeout - TimeSpan.FromSeconds(1));
        Assert.Empty(_bot.Connector.PostedTo(Bo));
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromSeconds(1));

        Assert.Single(_bot.Connector.PostedTo(Bo));
        Assert.Equal(["Påmindelse: Anna Jensen venter stadig på sparring. Se kortet ovenfor."], _bot.Connector.TextsTo(Anne));
        Assert.Empty(_bot.Connector.PostedTo(Cora));
    }

    [Fact]
    public async Task NoAccept_ThroughTheWholeLadder_ReachesTheCoordinatorsThenTellsTheCounsellorHonestlyAndAsksTheDutyChannel()
    {
        await _client.SetUpAsync(_bot);
        await _bot.KnowSignInNameAsync(Dan, "dan@example.org");
        await _client.PostAsync(Activities.ChannelMessage(Dan, DanName, "/checkin"));
        await _client.AskAsync("Privat note");

        await _bot.AdvanceAndRunDueWorkAsync(AckTimeout);
        await _bot.AdvanceAndRunDueWorkAsync(AckTimeout);
        Assert.Contains("Anna Jensen vil gerne have sparring", Assert.Single(_bot.Connector.CardsTo(Cora)).AllText(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.TextsTo(Anna));
        await _bot.AdvanceAndRunDueWorkAsync(AckTimeout);

        Assert.StartsWith("Ingen har svaret på din anmodning endnu.", Assert.Single(_bot.Connector.TextsTo(Anna)), StringComparison.Ordinal);
        var counsellor = _bot.Connector.CardsTo(Anna)[^1];
        Assert.Contains("Ingen har svaret endnu", counsellor.AllText(), StringComparison.Ordinal);
        Assert.Contains(Emergency, counsellor.AllText(), StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=dan%40example.org", counsellor.Json(), StringComparison.Ordinal);
        Assert.Contains("Skriv til Dan Berg", counsellor.Json(), StringComparison.Ordinal);
        Assert.DoesNotContain("Skriv til Anna Jensen", counsellor.Json(), StringComparison.Ordinal);
        var ask = Assert.Single(ChannelAsks());
        Assert.Contains("Anna Jensen vil gerne tale med en, der er på vagt.", ask.Card().AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Privat note", ask.Body!, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Nu\"", ask.Body!, StringComparison.Ordinal);
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromHours(1));
        Assert.Single(_bot.Connector.TextsTo(Anna)); // The last step happens once; then the request waits, open.
    }

    [Fact]
    public async Task ChannelAsk_AcceptedByAColleagueOnDuty_TakesItAndSendsThemACardWhileSomeoneOffDutyIsRefused()
    {
        await _client.SetUpAsync(_bot);
        await _client.PostAsync(Activities.ChannelMessage(Dan, DanName, "/checkin"));
        await _client.AskAsync();
        for (var i = 0; i < 3; i++)
        {
            await _bot.AdvanceAndRunDueWorkAsync(AckTimeout);
        }

        var requestId = ChannelAsks()[0].Card().RequestId();

        var offDuty = await _client.PressAsync("29:eve", "Eve Dahl", SparringVerbs.Accept, Data(requestId), inChannel: true);
        var onDuty = await _client.PressAsync(Dan, DanName, SparringVerbs.Accept, Data(requestId), inChannel: true);

        Assert.Equal("Anmodningen er ikke sendt til dig, så du kan ikke tage den.", offDuty.AnsweredMessage());
        Assert.StartsWith("Tak – ring til Anna Jensen nu.", onDuty.AnsweredMessage(), StringComparison.Ordinal);
        Assert.Contains("Du har taget den.", _bot.Connector.CardsTo(Dan)[^1].AllText(), StringComparison.Ordinal);
        Assert.Contains("Dan Berg har taget den. Tak!", _bot.Connector.SinceSetUp().Last(r => r.Method == HttpMethod.Put && r.Path.Contains(Uri.EscapeDataString(Activities.ChannelId), StringComparison.Ordinal)).Card().AllText(), StringComparison.Ordinal);
        Assert.Contains("Dan Berg har taget den.", _bot.Connector.CardsTo(Anne)[^1].AllText(), StringComparison.Ordinal);
        Assert.Contains("Dan Berg ringer til dig nu", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableSupervisor_WhoseChatAnswers403_EscalatesAtOnceAndTellsTheCoordinatorsWho()
    {
        await _client.SetUpAsync(_bot);
        _bot.Connector.FailNext(10, HttpStatusCode.Forbidden, r => r.RequestUri!.AbsolutePath.Contains(Uri.EscapeDataString("a:personal-" + Anne), StringComparison.Ordinal));

        await _client.AskAsync();

        Assert.Single(_bot.Connector.PostedTo(Bo));
        Assert.Equal(["Vagtrum kunne ikke nå Anne Holm med en anmodning om sparring fra Anna Jensen. Den er sendt videre."], _bot.Connector.TextsTo(Cora));
        var requestId = _bot.Connector.CardsTo(Bo)[^1].RequestId();
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal(Anne, Assert.Single(stored.Steps[0].Unreachable).TeamsId);
        Assert.Contains("Kunne ikke nås: Anne Holm", _bot.Connector.CardsTo(Bo)[^1].AllText(), StringComparison.Ordinal);
        Assert.Contains("Vi kunne ikke nå Anne Holm (bagvagt), så din anmodning er sendt videre.", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndOfShift_WithTheRequestOpen_ExpiresItUpdatesEveryCardAndCancelsTheNextStep()
    {
        await _client.SetUpAsync(_bot);
        await _client.AskAsync("Note der skal forsvinde");
        var requestId = _bot.Connector.CardsTo(Anne)[^1].RequestId();

        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout"));

        Assert.Contains("Anmodningen er lukket, fordi din vagt sluttede, eller fordi den ventede for længe.", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
        Assert.Contains("Anmodningen fra Anna Jensen er lukket uden svar", _bot.Connector.CardsTo(Anne)[^1].AllText(), StringComparison.Ordinal);
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal(SparringRequestState.Expired, stored.State);
        Assert.Null(stored.Note);
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync(DueWorkTable.Name), e => e.PartitionKey == SparringEscalation.WorkKind);
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromMinutes(10));
        Assert.Empty(_bot.Connector.PostedTo(Bo));
    }

    [Fact]
    public async Task EndOfShift_WithARequestForAfterTheShift_LeavesItOpenUntilSomeoneTakesIt()
    {
        await _client.SetUpAsync(_bot);
        await _client.AskAsync("eftervagt Vil gerne vende en samtale");
        var requestId = _bot.Connector.CardsTo(Anne)[^1].RequestId();

        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout"));
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkout")); // A later shift's end does not close it either.

        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal(SparringRequestState.Open, stored.State);
        Assert.Equal("Vil gerne vende en samtale", stored.Note);
        Assert.DoesNotContain("Anmodningen er lukket", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
        await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId));
        Assert.Equal(SparringRequestState.Accepted, (await _bot.StoredRequestAsync(requestId)).State);
    }

    private List<RecordedRequest> ChannelAsks() =>
        [.. _bot.Connector.SinceSetUp().Where(r => r.Method == HttpMethod.Post && r.ResponseId is not null
            && r.Path.EndsWith(Uri.EscapeDataString(Activities.ChannelId) + "/activities", StringComparison.Ordinal)
            && r.Body?.Contains(SparringVerbs.Accept, StringComparison.Ordinal) == true)];
}
