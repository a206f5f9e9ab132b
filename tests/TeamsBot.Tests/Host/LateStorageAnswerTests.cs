using System.Net;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Infrastructure.StorageFaults;

namespace TeamsBot.Tests.Host;

/// <summary>
/// A write reaches storage and is applied, but its answer comes after the client's timeout, so the storage SDK
/// retries it and the retry meets our own write (409 on an insert, 412 on a conditional update). Seen under
/// load on Azurite: the turn was taken for a redelivery and the user got no answer.
/// </summary>
public sealed class LateStorageAnswerTests : IDisposable
{
    private const string Duplicate = "Ignored a redelivered";
    private const int CompleteFailedEvent = 1005;

    // A command that takes the durable processed-once claim and answers once in the thread with a text naming /checkout,
    // changing nothing else: /help did until issue 12 made it read-only (no durable claim at all).
    private const string ClaimedCommand = "/checkout 99:99";

    private readonly StorageFaults _faults = new();
    private readonly BotFactory _bot;
    private readonly HttpClient _client;

    public LateStorageAnswerTests()
    {
        // The app's own retries stay on; a held answer is given up on after the default 2 s (a slow machine is retried, not failed).
        _bot = new BotFactory(new()
        {
            ["Storage:RequestTimeout"] = "00:00:02",
            ["Storage:RetryDelay"] = "00:00:00.050",
        }, storageFaults: _faults, keepStorageRetries: true);
        _client = _bot.CreateClient();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _faults.Dispose();
    }

    [Fact]
    public async Task ClaimedCommandInsertAnsweredLate_RetryMeetsOwnClaim_UserIsAnsweredExactlyOnce()
    {
        _faults.DelayAnswerOnce(InsertInto(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable));
        var command = Activities.ChannelMessage("29:anna", "Anna Jensen", ClaimedCommand, id: "command-late-claim");

        var response = await _client.PostAsync(command);
        var redelivered = await _client.PostAsync(command);

        Assert.Equal(1, _faults.Delayed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var reply = Assert.Single(_bot.Connector.ThreadReplies());
        Assert.Contains("/checkout", reply.Body, StringComparison.Ordinal);
        // Only the real redelivery is taken for one.
        Assert.Single(_bot.Logs.Lines, l => l.Message.Contains(Duplicate, StringComparison.Ordinal));
        Assert.Equal("done", Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable)).GetString("Status"));
    }

    [Fact]
    public async Task ClaimedCommandCompletionAnsweredLate_RetryMeetsOwnUpdate_RecordedWithoutFailureLog()
    {
        _faults.DelayAnswerOnce(UpdateIn(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable));
        var command = Activities.ChannelMessage("29:anna", "Anna Jensen", ClaimedCommand, id: "command-late-completion");

        var response = await _client.PostAsync(command);
        var redelivered = await _client.PostAsync(command);

        Assert.Equal(1, _faults.Delayed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Single(_bot.Connector.ThreadReplies());
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.EventId == CompleteFailedEvent);
        Assert.Equal("done", Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Storage.StorageFeature.ProcessedActivitiesTable)).GetString("Status"));
    }

    [Fact]
    public async Task CheckInShiftInsertAnsweredLate_RetryMeetsOwnShift_CheckedInNotAlreadyOnDuty()
    {
        _faults.DelayAnswerOnce(InsertInto(ShiftsFeature.ShiftsTable));

        var response = await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(1, _faults.Delayed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("siden", Assert.Single(_bot.Connector.ThreadReplies()).Text(), StringComparison.Ordinal); // Not "you have been checked in since …".
        Assert.Contains("Godt at du er på vagt", Assert.Single(_bot.Connector.PersonalMessages()).Body, StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen"], Assert.Single(_bot.Connector.BoardMessages()).Card().OnDutyNames());
    }

    [Fact]
    public async Task CheckOutTransactionAnsweredLate_RetryMeetsOwnClose_CheckedOutAndRitualSent()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(2));
        _faults.DelayAnswerOnce(Transaction());

        var response = await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));

        Assert.Equal(1, _faults.Delayed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(_bot.Connector.ThreadReplies(), r => r.Text().Contains("ikke tjekket ind", StringComparison.Ordinal));
        Assert.Equal(2, _bot.Connector.PersonalMessages().Count); // The start ritual, then the close-down ritual.
        Assert.Equal(["Anna Jensen"], _bot.Connector.BoardMessages()[^1].Card().CheckedOutNames());
        var closed = Assert.Single(await _bot.StoredEntitiesAsync(ShiftsFeature.ShiftsTable));
        Assert.StartsWith(ShiftEntityMapping.ClosedPrefix, closed.RowKey, StringComparison.Ordinal);
    }
}
