using TeamsBot.DueWork;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>/sparring: the first step inside the turn, the counsellor's card, and the channel that never sees the note.</summary>
public sealed class SparringCommandTests : IDisposable
{
    private readonly BotFactory _bot = NewBot();
    private readonly HttpClient _client;

    public SparringCommandTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task Sparring_InPersonalChat_SendsTheOnCallSupervisorACardAndTheCounsellorTheirCardWithCancel()
    {
        await _client.SetUpAsync(_bot);

        await _client.AskAsync("Svær samtale om en mor og hendes søn");

        var supervisor = Assert.Single(_bot.Connector.CardsTo(Anne));
        var text = supervisor.AllText();
        Assert.Contains("Anna Jensen vil gerne have sparring", text, StringComparison.Ordinal);
        Assert.Contains("Svær samtale om en mor og hendes søn", supervisor.Json(), StringComparison.Ordinal);
        Assert.Contains("siden kl. 17.00", supervisor.Json(), StringComparison.Ordinal);
        Assert.Contains("\"Nu\"", supervisor.Json(), StringComparison.Ordinal);
        var requestId = supervisor.RequestId();
        Assert.Equal(requestId, supervisor.RequestId(SparringVerbs.Decline));
        var counsellor = Assert.Single(_bot.Connector.CardsTo(Anna));
        Assert.Contains("Din anmodning er sendt til Anne Holm (bagvagt). Du hører fra os her.", counsellor.AllText(), StringComparison.Ordinal);
        Assert.Equal(requestId, counsellor.RequestId(SparringVerbs.Cancel));
        Assert.Empty(_bot.Connector.CardsTo(Bo));
        Assert.Empty(_bot.Connector.CardsTo(Cora));
        Assert.Empty(_bot.Connector.TextsTo(Anna)); // In the 1:1 chat the card is the answer.
    }

    [Fact]
    public async Task Sparring_AfterTheFirstStep_SchedulesTheNextAtTheAckTimeout()
    {
        await _client.SetUpAsync(_bot);

        await _client.AskAsync();

        var requestId = _bot.Connector.CardsTo(Anne)[0].RequestId();
        var row = Assert.Single(await _bot.StoredEntitiesAsync(DueWorkTable.Name), e => e.RowKey != RecurringDueWork.Key && e.PartitionKey == SparringEscalation.WorkKind);
        Assert.Equal(requestId, row.RowKey);
        Assert.Equal(_bot.Time.GetUtcNow() + TimeSpan.FromMinutes(3), row.GetDateTimeOffset("DueAt"));
    }

    [Fact]
    public async Task Sparring_InTheChannel_AnswersOnlyThatItIsSentAndTheNoteNeverGoesToTheChannel()
    {
        await _client.SetUpAsync(_bot);

        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/sparring Hemmelig note om opkaldet"));

        var reply = Assert.Single(_bot.Connector.ThreadReplies().Intersect(_bot.Connector.SinceSetUp()));
        Assert.StartsWith("Sendt – se din chat med mig.", reply.Text(), StringComparison.Ordinal);
        var toChannel = _bot.Connector.SinceSetUp().Where(r => r.Path.Contains(Uri.EscapeDataString(Activities.ChannelId), StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(toChannel);
        Assert.DoesNotContain(toChannel, r => r.Body?.Contains("Hemmelig", StringComparison.Ordinal) == true);
        Assert.Contains("Hemmelig note om opkaldet", Assert.Single(_bot.Connector.CardsTo(Anne)).Json(), StringComparison.Ordinal);
        Assert.Single(_bot.Connector.CardsTo(Anna));
    }

    [Fact]
    public async Task Sparring_NobodyOnCall_TellsTheCounsellorAtOnceAndStartsAtTheCoordinators()
    {
        await _client.SetUpAsync(_bot, withRoster: false);

        await _client.AskAsync();

        Assert.Contains("Der er ingen bagvagt lige nu, så din anmodning er sendt til koordinatorerne.", Assert.Single(_bot.Connector.CardsTo(Anna)).AllText(), StringComparison.Ordinal);
        Assert.Contains("Anna Jensen vil gerne have sparring", Assert.Single(_bot.Connector.CardsTo(Cora)).AllText(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.CardsTo(Anne));
    }

    [Theory]
    [InlineData("senere Om en samtale", "Senere på vagten", "Om en samtale")]
    [InlineData("eftervagt: Lidt af hvert", "Efter vagten", "Lidt af hvert")]
    [InlineData("Nu er jeg ked af det", "Nu", "Nu er jeg ked af det")]
    [InlineData("nu: Kort note", "Nu", "Kort note")]
    public async Task Sparring_WithAnUrgencyWordFirst_ReadsTheUrgencyAndKeepsTheRestAsTheNote(string typed, string urgency, string note)
    {
        await _client.SetUpAsync(_bot);

        await _client.AskAsync(typed);

        var card = Assert.Single(_bot.Connector.CardsTo(Anne)).Json();
        Assert.Contains($"\"value\":\"{urgency}\"", card, StringComparison.Ordinal);
        Assert.Contains($"\"value\":\"{note}\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sparring_InEnglish_TellsTheCounsellorInEnglish()
    {
        await _client.SetUpAsync(_bot);

        await _client.AskAsync(locale: "en-US");

        Assert.Contains("Your request went to Anne Holm (on call). You'll hear back here.", Assert.Single(_bot.Connector.CardsTo(Anna)).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sparring_ToASupervisorWhoseTeamsSpeaksEnglish_TheirCardIsInEnglishAndStaysSoWhenAnotherPresses()
    {
        await _client.SetUpAsync(_bot);
        await _client.PostAsync(Activities.PersonalMessage(Anne, AnneName, "/help", locale: "en-US")); // Anne's Teams is in English.
        var helpCards = _bot.Connector.CardsTo(Anne).Count;

        await _client.AskAsync();
        var requestId = _bot.Connector.CardsTo(Anne)[^1].RequestId();
        await _client.PressAsync(Anna, AnnaName, SparringVerbs.Cancel, Data(requestId)); // Pressed by Anna, in Danish.

        var cards = _bot.Connector.CardsTo(Anne).Skip(helpCards).ToList();
        Assert.Equal(2, cards.Count); // Posted, then updated by the cancel.
        Assert.All(cards, card => Assert.Contains("Anna Jensen would like sparring", card.AllText(), StringComparison.Ordinal));
    }
}
