using Microsoft.Extensions.DependencyInjection;
using TeamsBot.DueWork;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using TeamsBot.Tests.Reflections;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>
/// The hourly lapse: requests left open or accepted longer than <c>Sparring:LapseAfter</c> (12 h) are closed, the note
/// goes, every card says so; young and closed ones are left alone, and a second run changes nothing.
/// </summary>
public sealed class SparringLapseTests : IDisposable
{
    private static readonly TimeSpan JustPastLapse = TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1);

    private readonly BotFactory _bot = NewBot();
    private readonly HttpClient _client;

    public SparringLapseTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private async Task<string> AskAsync(string rest)
    {
        await _client.SetUpAsync(_bot);
        await _client.AskAsync(rest);
        return _bot.Connector.CardsTo(Anne)[^1].RequestId();
    }

    private Task<SparringLapseResult> RunLapseAsync() => _bot.Services.GetRequiredService<SparringLapse>().RunAsync(CancellationToken.None);

    private Task<IReadOnlyList<string>> AnnasListAsync() =>
        _bot.Services.GetRequiredService<ISparringRequestStore>().ListOfCounsellorAsync(Anna, CancellationToken.None);

    [Fact]
    public async Task Lapse_AfterShiftRequestLeftTwelveHours_ExpiresNoteGoneCardsUpdatedStepCancelled()
    {
        var requestId = await AskAsync("eftervagt Vil gerne vende en samtale");
        Assert.Contains(requestId, await AnnasListAsync());

        await _bot.AdvanceAndRunDueWorkAsync(JustPastLapse); // The hourly run falls due in between: the registration is tested too.

        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal(SparringRequestState.Expired, stored.State);
        Assert.Null(stored.Note);
        Assert.Equal(_bot.Time.GetUtcNow(), stored.ClosedAt);
        Assert.Null((await _bot.StoredEntitiesAsync(SparringFeature.RequestsTable)).Single(e => e.RowKey == "request").GetString("Note"));
        Assert.Contains("Anmodningen er lukket", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
        Assert.Contains("Anmodningen fra Anna Jensen er lukket uden svar", _bot.Connector.CardsTo(Anne)[^1].AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(await _bot.StoredEntitiesAsync(DueWorkTable.Name), e => e.PartitionKey == SparringEscalation.WorkKind);
        Assert.DoesNotContain(requestId, await AnnasListAsync());
    }

    [Fact]
    public async Task Lapse_AcceptedAndNobodyPressedDone_DoneWithoutFollowUpAndTheCardsSaySo()
    {
        var requestId = await AskAsync("Om en svær samtale");
        await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId));
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromHours(12));
        Assert.Equal(SparringRequestState.Accepted, (await _bot.StoredRequestAsync(requestId)).State); // The end of a shift leaves it for Done.

        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        var result = await RunLapseAsync();

        Assert.Equal(new SparringLapseResult(1, 0, 1), result);
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal((SparringRequestState.Done, false, null), (stored.State, stored.FollowUpNeeded, stored.Note));
        Assert.Contains("Afsluttet. Tak, fordi du tog den.", _bot.Connector.CardsTo(Anne)[^1].AllText(), StringComparison.Ordinal);
        Assert.Contains("Sparringen er afsluttet.", _bot.Connector.CardsTo(Anna)[^1].AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lapse_RequestYoungerThanTheLapseTime_LeftOpenWithItsNote()
    {
        var requestId = await AskAsync("eftervagt Vil gerne vende en samtale");
        await _bot.AdvanceAndRunDueWorkAsync(TimeSpan.FromHours(11));
        var cardsBefore = _bot.Connector.CardsTo(Anna).Count;

        var result = await RunLapseAsync();

        Assert.Equal(new SparringLapseResult(0, 0, 0), result);
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal((SparringRequestState.Open, "Vil gerne vende en samtale"), (stored.State, stored.Note));
        Assert.Equal(cardsBefore, _bot.Connector.CardsTo(Anna).Count);
    }

    [Fact]
    public async Task Lapse_CancelledRequest_Untouched()
    {
        var requestId = await AskAsync("eftervagt Vil gerne vende en samtale");
        await _client.PressAsync(Anna, AnnaName, SparringVerbs.Cancel, Data(requestId));
        var cancelled = await _bot.StoredRequestAsync(requestId);
        _bot.Time.Advance(JustPastLapse);
        var sentBefore = _bot.Connector.Requests.Count;

        var result = await RunLapseAsync();

        Assert.Equal(new SparringLapseResult(0, 0, 0), result);
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Equal((SparringRequestState.Cancelled, cancelled.ClosedAt), (stored.State, stored.ClosedAt));
        Assert.Equal(sentBefore, _bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task Lapse_RunTwice_SecondRunChangesNothing()
    {
        var requestId = await AskAsync("eftervagt Vil gerne vende en samtale");
        _bot.Time.Advance(JustPastLapse);
        Assert.Equal(new SparringLapseResult(1, 1, 0), await RunLapseAsync());
        var lapsed = await _bot.StoredRequestAsync(requestId);
        var sentBefore = _bot.Connector.Requests.Count;
        _bot.Time.Advance(TimeSpan.FromHours(1));

        var second = await RunLapseAsync();

        Assert.Equal(new SparringLapseResult(0, 0, 0), second);
        Assert.Equal(lapsed.ClosedAt, (await _bot.StoredRequestAsync(requestId)).ClosedAt);
        Assert.Equal(sentBefore, _bot.Connector.Requests.Count);
    }
}
