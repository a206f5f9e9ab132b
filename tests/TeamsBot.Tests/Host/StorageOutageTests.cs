using System.Net;
using System.Text.Json.Nodes;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>Storage goes away mid-day: the counsellor is told nothing was saved, the channel gets 503, nothing half-done stays behind.</summary>
public sealed class StorageOutageTests : IDisposable
{
    private readonly StorageProxy _storage = new();
    private readonly BotFactory _bot;

    public StorageOutageTests()
    {
        _bot = new BotFactory(new()
        {
            ["Storage:ConnectionString"] = _storage.ConnectionString,
            ["Storage:MaxRetries"] = "1",
            ["Storage:RetryDelay"] = "00:00:00.010",
            ["Storage:RequestTimeout"] = "00:00:01", // Short, so a hanging storage is given up on quickly; not so short that a loaded machine times out the set-up.
        });
    }

    [Fact]
    public async Task TypedCheckIn_StorageDown_TellsCounsellorToTryAgainAnswers503AndStoresNothing()
    {
        var client = _bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:mads", "Mads Nielsen", "/checkin"));
        var boardsBefore = _bot.Connector.BoardMessages().Count;
        _storage.Cut();

        var response = await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(503, (int)problem["status"]!);
        Assert.Contains("Prøv igen", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
        Assert.Equal(boardsBefore, _bot.Connector.BoardMessages().Count);

        _storage.Restore();
        Assert.Equal(["Mads Nielsen"], await OpenShiftNamesAsync());

        // Trying again works in full: Anna is on the board next to Mads.
        var again = await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["Anna Jensen", "Mads Nielsen"], _bot.Connector.BoardMessages()[^1].Card().OnDutyNames().Order());
    }

    [Fact]
    public async Task TypedCheckIn_StorageHangs_TellsCounsellorToTryAgainAnswers503()
    {
        var client = _bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:mads", "Mads Nielsen", "/checkin"));
        _storage.Hang();

        var response = await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Prøv igen", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
        _storage.Restore();
        Assert.Equal(["Mads Nielsen"], await OpenShiftNamesAsync());
    }

    [Fact]
    public async Task BotAddedToTeam_StorageDown_Answers503WithoutPostingAnything()
    {
        var client = _bot.CreateClient();
        _storage.Cut();
        var added = Activities.BotAddedToTeam("29:anna", "Anna Jensen");

        var response = await client.PostAsync(added);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests); // Nobody wrote anything, so nobody is told to try again.
    }

    [Fact]
    public async Task CheckOutButton_StorageDown_ShowsTryAgainInTheAnswerAndLeavesTheShiftOpen()
    {
        var client = _bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _storage.Cut();

        var response = await client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckOut, locale: "en-GB"));

        // HTTP 200: Teams shows an invoke's body only then; the outcome is in the body.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int)body["statusCode"]!); // The invoke contract's error status; 503 is not one (issue 10).
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("StorageUnavailable", (string?)body["value"]!["code"]);
        Assert.Contains("try again", (string?)body["value"]!["message"], StringComparison.Ordinal);

        _storage.Restore();
        Assert.Equal(["Anna Jensen"], await OpenShiftNamesAsync());
        var retried = await client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckOut));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Empty(await OpenShiftNamesAsync());
    }

    private async Task<List<string>> OpenShiftNamesAsync() =>
        [.. (await _bot.StoredEntitiesAsync(TeamsBot.Shifts.ShiftsFeature.ShiftsTable))
            .Where(e => e.RowKey.StartsWith(ShiftEntityMapping.OpenPrefix, StringComparison.Ordinal))
            .Select(e => e.GetString("CounsellorName"))
            .Order()];

    public void Dispose()
    {
        _bot.Dispose();
        _storage.Dispose();
    }
}
