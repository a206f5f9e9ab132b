using System.Net;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Infrastructure.StorageFaults;

namespace TeamsBot.Tests.Host;

/// <summary>Storage fails at one exact step of a turn (real Azurite behind a fault injector).</summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly StorageFaults _faults = new();
    private readonly BotFactory _bot;
    private readonly HttpClient _client;

    public StorageFaultTests()
    {
        _bot = new BotFactory(storageFaults: _faults);
        _client = _bot.CreateClient();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _faults.Dispose();
    }

    [Fact]
    public async Task BoardReadFailsAfterTheCheckInIsStored_NotToldNothingWasSaved_NextChangeCatchesUp()
    {
        _faults.FailWhen(QueryOn(TeamsBot.Shifts.ShiftsFeature.ShiftsTable));

        var response = await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", id: "teams-activity-9"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_faults.Failed > 0);
        Assert.DoesNotContain(_bot.Connector.ThreadReplies(), r => r.Text().Contains("Prøv igen", StringComparison.Ordinal));
        Assert.Single(_bot.Connector.PersonalMessages()); // The checklist still came.
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2202 && l.Message.Contains("teams-activity-9", StringComparison.Ordinal));

        _faults.FailWhen(null);
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        Assert.Equal(["Anna Jensen", "Bo Hansen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
    }

    [Fact]
    public async Task ShiftWriteFails_Answers503_ClaimReleased_TheSameActivityRedeliveredRunsInFull()
    {
        _faults.FailWhen(InsertInto(TeamsBot.Shifts.ShiftsFeature.ShiftsTable));
        var checkIn = Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", id: "teams-activity-10");

        var failed = await _client.PostAsync(checkIn);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Contains("Prøv igen", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
        Assert.Empty(await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable)); // Released.

        _faults.FailWhen(null);
        var redelivered = await _client.PostAsync(checkIn);

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(["Anna Jensen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames());
        Assert.Equal("done", Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable)).GetString("Status"));
    }

    [Fact]
    public async Task CloseDownWriteFails_ButtonAnswersWithTheErrorAndNothingIsRecorded()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));
        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        var data = ritual["actions"]!.AsArray().First(a => (string?)a!["verb"] == ShiftVerbs.ClosedDown)!["data"]!.AsObject().DeepClone().AsObject();
        // Every write to a shift row fails: the close-down mark cannot be saved; the claim and references still can.
        _faults.FailWhen(r => r.Method != HttpMethod.Get && r.RequestUri!.AbsolutePath.Contains(TeamsBot.Shifts.ShiftsFeature.ShiftsTable + "(", StringComparison.Ordinal));

        var response = await _client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.ClosedDown, data, inChannel: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"statusCode\":500", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // Not 503 (issue 10).
        Assert.True(_faults.Failed > 0);
        _faults.FailWhen(null);
        var closed = Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Shifts.ShiftsFeature.ShiftsTable));
        Assert.Null(closed.GetDateTimeOffset("ClosedDownAt"));
    }
}
