using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>A typed command that worked is answered where it was typed; a forgotten check-out can be given a time.</summary>
public sealed class TypedCheckInOutTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public TypedCheckInOutTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task TypedCheckIn_AnsweredInTheThreadWithALinkToTheBoardMessage()
    {
        var typed = Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", id: "typed-1");

        await _client.PostAsync(typed);

        var board = Assert.Single(_bot.Connector.BoardMessages());
        var answer = Assert.Single(_bot.Connector.ThreadReplies());
        Assert.EndsWith("/activities/typed-1", answer.Path, StringComparison.Ordinal); // A reply to the typed command, in its thread.
        Assert.Equal(
            $"Du er tjekket ind kl. 17.00 – [se vagttavlen](https://teams.microsoft.com/l/message/{Uri.EscapeDataString(Activities.ChannelId)}/{board.ResponseId}?parentMessageId={board.ResponseId}&tenantId={Activities.TenantId})",
            answer.Text());
    }

    [Fact]
    public async Task TypedCheckOut_AnsweredWithItsTimeInTheUsersLanguage()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin", locale: "en-GB"));
        _bot.Time.Advance(TimeSpan.FromMinutes(95));

        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkout", locale: "en-GB"));

        Assert.StartsWith("You're checked out at 18:35 – [see the shift board](https://teams.microsoft.com/l/message/", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/checkout 18:30")]
    [InlineData("/checkout 18.30")]
    public async Task CheckOutWithTime_EarlierToday_ChecksOutThenAndTheBoardShowsIt(string command)
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin")); // 17.00
        _bot.Time.Advance(TimeSpan.FromHours(4)); // 21.00: she forgot.

        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", command));

        var board = _bot.Connector.BoardMessages()[^1].Card();
        Assert.Equal(["Anna Jensen"], board.CheckedOutNames());
        Assert.Contains("17.00–18.30", _bot.Connector.BoardMessages()[^1].Body, StringComparison.Ordinal);
        Assert.StartsWith("Du er tjekket ud kl. 18.30", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
        Assert.Contains("Jeg har lukket ned", _bot.Connector.PersonalMessages()[^1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/checkout 22:00", "Kl. 22.00 er ikke kommet endnu")]
    [InlineData("/checkout 16:30", "Du tjekkede ind kl. 17.00")]
    [InlineData("/checkout 25:00", "Det tidspunkt forstår jeg ikke: 25:00")]
    [InlineData("/checkout snart", "Det tidspunkt forstår jeg ikke: snart")]
    public async Task CheckOutWithTime_Impossible_SaysWhyAndChangesNothing(string command, string expected)
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin")); // 17.00
        _bot.Time.Advance(TimeSpan.FromHours(4)); // 21.00
        var boards = _bot.Connector.BoardMessages().Count;

        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", command));

        Assert.Contains(expected, _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
        Assert.Equal(boards, _bot.Connector.BoardMessages().Count);
        Assert.Single(_bot.Connector.PersonalMessages()); // Only the start ritual: no close-down ritual.
        Assert.Single(await _bot.StoredEntitiesAsync(TeamsBot.Shifts.ShiftsFeature.ShiftsTable), e => e.RowKey.StartsWith("open|", StringComparison.Ordinal));
    }
}
