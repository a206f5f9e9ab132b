using Microsoft.Extensions.DependencyInjection;
using TeamsBot.DueWork;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>The buttons: accept (and the race), can't right now, cancel, done; every card involved changes in place.</summary>
public sealed class SparringPressTests : IDisposable
{
    private readonly BotFactory _bot = NewBot();
    private readonly HttpClient _client;

    public SparringPressTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private async Task<string> AskAsync(string note = "Om en svær samtale")
    {
        await _client.SetUpAsync(_bot);
        await _client.AskAsync(note);
        return _bot.Connector.CardsTo(Anne)[^1].RequestId();
    }

    [Fact]
    public async Task Accept_ByTheSupervisor_AnswersWithTheirCardAndTellsTheCounsellorWhoIsCallingWithACallLink()
    {
        await _bot.KnowSignInNameAsync(Anne, "anne@example.org");
        await _bot.KnowSignInNameAsync(Anna, "anna@example.org");
        var requestId = await AskAsync();

        var answer = await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId));

        var mine = answer.AnsweredCard();
        Assert.Contains("Du har taget den. Ring til Anna Jensen nu.", mine.AllText(), StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/call/0/0?users=anna%40example.org", mine.Json(), StringComparison.Ordinal);
        Assert.Equal(requestId, mine.RequestId(SparringVerbs.Done));
        var counsellor = _bot.Connector.CardsTo(Anna)[^1];
        Assert.Contains("Anne Holm ringer til dig nu.", counsellor.AllText(), StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/call/0/0?users=anne%40example.org", counsellor.Json(), StringComparison.Ordinal);
        Assert.Equal(["Anne Holm ringer til dig nu."], _bot.Connector.TextsTo(Anna)); // A new message too: an updated card makes no sound.
        Assert.Equal(SparringRequestState.Accepted, (await _bot.StoredRequestAsync(requestId)).State);
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync(DueWorkTable.Name), e => e.PartitionKey == SparringEscalation.WorkKind);
    }

    [Fact]
    public async Task Accept_WhenTheSignInNamesAreUnknown_SaysToExpectTheCallAndOffersNoCallButton()
    {
        var requestId = await AskAsync();

        var mine = (await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId))).AnsweredCard();

        var counsellor = _bot.Connector.CardsTo(Anna)[^1];
        Assert.Contains("Anne Holm ringer til dig nu – hold øje med Teams.", counsellor.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.OpenUrl", counsellor.Json(), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.OpenUrl", mine.Json(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_ByPrimaryAndBackupAtTheSameMoment_ExactlyOneWinsAndTheOthersCardSaysWhoTookIt()
    {
        var requestId = await AskAsync();
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromMinutes(3)); // Step 2: Anne reminded, Bo notified.
        Assert.Single(_bot.Connector.PostedTo(Bo));

        var answers = await Task.WhenAll(
            _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId)),
            _client.PressAsync(Bo, BoName, SparringVerbs.Accept, Data(requestId)));

        var winners = answers.Where(a => (string?)a["type"] == "application/vnd.microsoft.card.adaptive").ToList();
        Assert.Single(winners);
        var stored = await _bot.StoredRequestAsync(requestId);
        var (loser, loserId) = stored.AcceptedBy!.TeamsId == Anne ? (answers[1], Bo) : (answers[0], Anne);
        var winnerName = stored.AcceptedBy.Name;
        Assert.Equal($"{winnerName} har allerede taget den.", loser.AnsweredMessage());
        Assert.Contains($"{winnerName} har taget den.", _bot.Connector.CardsTo(loserId)[^1].AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Om en svær samtale", _bot.Connector.CardsTo(loserId)[^1].Json(), StringComparison.Ordinal);
        Assert.Contains($"{winnerName} ringer til dig nu", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
        Assert.Equal([$"{winnerName} ringer til dig nu."], _bot.Connector.TextsTo(Anna)); // Told once, by the winner's press only.
    }

    [Fact]
    public async Task Decline_ByThePrimary_EscalatesAtOnceToTheBackup()
    {
        var requestId = await AskAsync();

        var answer = await _client.PressAsync(Anne, AnneName, SparringVerbs.Decline, Data(requestId));

        Assert.Contains("Du kan stadig tage den.", answer.AnsweredCard().AllText(), StringComparison.Ordinal);
        Assert.Single(_bot.Connector.PostedTo(Bo));
        Assert.Contains("Anna Jensen vil gerne have sparring", _bot.Connector.CardsTo(Bo)[^1].AllText(), StringComparison.Ordinal);
        Assert.Empty(_bot.Connector.TextsTo(Anne)); // Who declined is not reminded.
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal([EscalationStepKind.Primary, EscalationStepKind.PrimaryAndBackup], stored.Steps.Select(s => s.Kind));
    }

    [Fact]
    public async Task Cancel_ByTheCounsellor_UpdatesEveryCardAndCancelsTheNextStep()
    {
        var requestId = await AskAsync();

        var answer = await _client.PressAsync(Anna, AnnaName, SparringVerbs.Cancel, Data(requestId));

        Assert.Contains("Du har annulleret anmodningen.", answer.AnsweredCard().AllText(), StringComparison.Ordinal);
        var supervisor = _bot.Connector.CardsTo(Anne)[^1];
        Assert.Contains("Anna Jensen har annulleret anmodningen.", supervisor.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(SparringVerbs.Accept, supervisor.Json(), StringComparison.Ordinal);
        Assert.DoesNotContain("Om en svær samtale", supervisor.Json(), StringComparison.Ordinal);
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromMinutes(10));
        Assert.Empty(_bot.Connector.CardsTo(Bo));
    }

    [Fact]
    public async Task Done_WithFollowUp_ClosesTheRequestKeepsTheFollowUpAndDropsTheNote()
    {
        var requestId = await AskAsync();
        await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId));

        var answer = await _client.PressAsync(Anne, AnneName, SparringVerbs.Done, Data(requestId, followUp: true));

        Assert.Contains("Afsluttet og markeret til opfølgning", answer.AnsweredCard().AllText(), StringComparison.Ordinal);
        Assert.Contains("Sparringen er afsluttet.", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal(SparringRequestState.Done, stored.State);
        Assert.True(stored.FollowUpNeeded);
        Assert.Null(stored.Note);
        var row = Assert.Single(await _bot.StoredEntitiesAsync(SparringFeature.RequestsTable), e => e.RowKey == "request");
        Assert.Null(row.GetString("Note"));
    }
}
