using Microsoft.Extensions.DependencyInjection;
using System.Net;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class ReliabilityTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task CheckIn_FiftyCounsellorsAtTheSameMoment_FinalBoardListsAllFifty()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        var counsellors = Enumerable.Range(1, 50).Select(i => (Id: $"29:c{i:D2}", Name: $"Rådgiver {i:D2}")).ToList();
        using var start = new ManualResetEventSlim();

        var presses = counsellors.Select(c => Task.Run(async () =>
        {
            start.Wait();
            return await client.PostAsync(Activities.CardAction(c.Id, c.Name, ShiftVerbs.CheckIn));
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(presses);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var boards = bot.Connector.BoardMessages();
        Assert.Single(boards, b => b.Method == HttpMethod.Post);
        Assert.Equal(counsellors.Select(c => c.Name).Order(), boards[^1].Card().OnDutyNames().Order());
        // Renders coalesce: far fewer board messages than presses. A figure for the record, not a bound.
        output.WriteLine($"50 check-ins produced {boards.Count} board messages (1 post, {boards.Count - 1} updates).");
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_SecondChangesNothing()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        var checkIn = Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", id: "teams-activity-1");
        await client.PostAsync(checkIn);
        var before = bot.Connector.Requests.Count;

        var again = await client.PostAsync(checkIn);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(before, bot.Connector.Requests.Count); // No "already checked in" reply, no board update.
    }

    [Fact]
    public async Task SameInvokeDeliveredTwice_ReplaysFirstAnswerWithoutCheckingOutAgain()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var press = Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckOut, id: "invoke-1");
        var first = await (await client.PostAsync(press)).Content.ReadAsStringAsync();
        var before = bot.Connector.Requests.Count;

        var second = await (await client.PostAsync(press)).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        Assert.Equal(before, bot.Connector.Requests.Count);
    }

    [Fact]
    public async Task Connector429ThenSuccess_BoardStillPosted()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        bot.Connector.FailNext(2, HttpStatusCode.TooManyRequests, r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.Contains("thread.tacv2/activities", StringComparison.Ordinal), TimeSpan.FromMilliseconds(50));

        var response = await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = bot.Connector.BoardMessages();
        Assert.Equal(3, attempts.Count); // Two throttled, one accepted.
        Assert.Equal(["Anna Jensen"], attempts[^1].Card().OnDutyNames());
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData((HttpStatusCode)0)] // Unreachable: every attempt refused.
    public async Task ConnectorFailsForTheBoardAfterRetries_CheckInStoredRitualSentLoggedAndNextChangeCatchesUp(HttpStatusCode failure)
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        // The first attempt and all four retries of the day's first board post fail.
        bot.Connector.FailNext(5, failure, r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.Contains("thread.tacv2/activities", StringComparison.Ordinal));

        var response = await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", id: "teams-activity-7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, bot.Connector.BoardMessages().Count);
        Assert.All(bot.Connector.BoardMessages(), b => Assert.Null(b.ResponseId));
        Assert.Single(bot.Connector.PersonalMessages()); // The checklist still arrives.
        var logged = Assert.Single(bot.Logs.Lines, l => l.EventId == 2202);
        Assert.Contains("teams-activity-7", logged.Message, StringComparison.Ordinal);

        await client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        var board = bot.Connector.BoardMessages()[^1];
        Assert.NotNull(board.ResponseId);
        Assert.Equal(["Anna Jensen", "Bo Hansen"], board.Card().OnDutyNames());
    }

    [Fact]
    public async Task ConnectorFailsForTheRitual_CheckOutStillStoredAndShownOnTheBoard()
    {
        using var bot = new BotFactory();
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        bot.Connector.FailNext(5, 0, r => r.RequestUri!.AbsolutePath.Contains("/v3/conversations/a%3A", StringComparison.Ordinal));

        var response = await client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckOut));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Anna Jensen"], bot.Connector.BoardMessages()[^1].Card().CheckedOutNames());
        Assert.Contains(bot.Logs.Lines, l => l.EventId == 2201); // Could not send a personal message.
    }

    [Fact]
    public async Task TwoInstances_OneRepostsTheBoard_TheOtherUpdatesThatBoardRatherThanPostingAThird()
    {
        using var first = new BotFactory();
        using var second = new BotFactory(tablePrefix: first.TablePrefix); // Same tables: two instances of one bot.
        var a = first.CreateClient();
        var b = second.CreateClient();
        await a.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await b.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin")); // B now remembers A's board.
        var original = first.Connector.BoardMessages()[0].ResponseId;

        // The board message is deleted; A notices first and posts a new one.
        first.Connector.MessageGone();
        await a.PostAsync(Activities.ChannelMessage("29:dan", "Dan Holm", "/checkin"));
        var reposted = first.Connector.BoardMessages()[^1];
        Assert.Equal(HttpMethod.Post, reposted.Method);

        second.Connector.MessageGone(r => r.RequestUri!.AbsolutePath.EndsWith("/" + original, StringComparison.Ordinal));
        await b.PostAsync(Activities.ChannelMessage("29:cy", "Cy Larsen", "/checkin"));

        var last = second.Connector.BoardMessages()[^1];
        Assert.Equal(HttpMethod.Put, last.Method);
        Assert.EndsWith("/activities/" + reposted.ResponseId, last.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Connector.BoardMessages(), m => m.Method == HttpMethod.Post);
        Assert.Equal(["Anna Jensen", "Bo Hansen", "Cy Larsen", "Dan Holm"], last.Card().OnDutyNames().Order());
    }

    [Fact]
    public async Task BotRestarted_NextChangeUpdatesTheSameBoardMessage()
    {
        string prefix;
        using (var first = new BotFactory())
        {
            prefix = first.TablePrefix;
            await first.CreateClient().PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        }

        using var restarted = new BotFactory(tablePrefix: prefix);
        await restarted.CreateClient().PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));

        var board = Assert.Single(restarted.Connector.BoardMessages());
        Assert.Equal(HttpMethod.Put, board.Method);
        Assert.EndsWith("/activities/activity-1", board.Path, StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen", "Bo Hansen"], board.Card().OnDutyNames());
    }

    [Fact]
    public async Task ShiftLeftOpenPastMaximum_ClosedOnTheTimerWithTheNoteInTheCounsellorsLanguage()
    {
        using var bot = new BotFactory(runBackgroundWorkers: true);
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", locale: "en-GB"));

        bot.Time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1)); // The worker's timer runs on the same clock.

        // The sweep runs on the worker's own task; wait for its note (a bound on waiting, not on speed).
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!bot.Connector.PersonalMessages().Any(m => m.Text().Contains("closed it for you", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains(bot.Connector.PersonalMessages(), m => m.Text().Contains("closed it for you", StringComparison.Ordinal));
        Assert.Equal(["Anna Jensen"], bot.Connector.BoardMessages()[^1].Card().CheckedOutNames());
    }

    [Fact]
    public async Task ShiftLeftOpenPastMaximum_ClosedByBotMarkedOnBoardWithGentleNote()
    {
        using var bot = new BotFactory(new() { ["Shifts:MaxShiftDuration"] = "12:00:00" });
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        bot.Time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));

        var closed = await bot.Services.GetRequiredService<OverdueShiftSweeper>().SweepAsync(default);

        Assert.Equal(1, closed);
        var board = bot.Connector.BoardMessages()[^1];
        Assert.Contains("ikke tjekket ud", board.Body, StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen"], board.Card().CheckedOutNames());
        Assert.Contains("lukket den for dig", bot.Connector.PersonalMessages()[^1].Text(), StringComparison.Ordinal);
    }
}
