using System.Net;
using System.Text.Json.Nodes;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBot.Cards;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>Another feature adds to the shift cards through <see cref="IShiftCardAdditions"/>, without Shifts knowing it.</summary>
public sealed class ShiftCardAdditionsTests : IDisposable
{
    private readonly StorageFaults _faults = new();
    private readonly BotFactory _bot;
    private readonly HttpClient _client;

    public ShiftCardAdditionsTests()
    {
        _bot = new BotFactory(storageFaults: _faults, configure: OnlyTheseAdditions(s => s.AddShiftCardAdditions<NoteAdditions>()));
        _client = _bot.CreateClient();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _faults.Dispose();
    }

    [Fact]
    public async Task CheckIn_WithAFeaturesAdditions_BoardAndStartRitualShowItsButtons()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        var board = _bot.Connector.BoardMessages()[^1].Card();
        Assert.Equal(["Tjek ind", "Tjek ud", "Note on the 2026-11-24 board"], Titles(board)[..3]); // Then the drop-in link.
        var start = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Note for Anna Jensen", Titles(start));
    }

    [Fact]
    public async Task CheckOut_WithAFeaturesAdditions_CloseRitualShowsContentReadFromStorageAndItsButton()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(2));

        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));

        Assert.Contains("Note on the 2026-11-24 board", Titles(_bot.Connector.BoardMessages()[^1].Card())); // The board's update keeps it.
        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Stored check-out 19.00 (Open)", ritual.AllText(), StringComparison.Ordinal);
        Assert.Equal(["Jeg har lukket ned", "Jeg har brug for at tale med nogen", "Note button"], Titles(ritual));
    }

    [Fact]
    public async Task CloseRitualButtons_WithAFeaturesAdditions_KeepThemOnEveryReRenderedCard()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));
        var data = _bot.Connector.PersonalMessages()[^1].Card().ButtonData(ShiftVerbs.ClosedDown);

        var closed = await InvokeCardAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.ClosedDown, data, inChannel: false));
        var talk = await InvokeCardAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.NeedToTalk, data.DeepClone().AsObject(), inChannel: false));

        Assert.Contains("(ClosedDown)", closed.AllText(), StringComparison.Ordinal);
        Assert.Contains("Note button", Titles(closed));
        Assert.Contains("(ShowingSparring)", talk.AllText(), StringComparison.Ordinal);
        Assert.Contains("Bagvagt Birgit", talk.AllText(), StringComparison.Ordinal);
        Assert.Contains("Note button", Titles(talk));
    }

    [Fact]
    public async Task CheckIn_WithAFeaturesContent_BoardSnapshotAndStartRitualShowWhatItReadFromStorage()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        var start = _bot.Connector.PersonalMessages()[^1].Card();
        await _client.PostAsync(Activities.PersonalMessage("29:cy", "Cy Larsen", "/vagt"));

        var board = _bot.Connector.BoardMessages()[^1].Card();
        Assert.Contains("2 on the board read from storage", board.AllText(), StringComparison.Ordinal);
        Assert.Equal("Content button", Titles(board)[3]); // After check-in, check-out and the board buttons.
        var snapshot = _bot.Connector.Requests[^1].Card();
        Assert.Contains("2 on the board read from storage", snapshot.AllText(), StringComparison.Ordinal);
        Assert.Contains("Bo Hansen has an open shift in storage", start.AllText(), StringComparison.Ordinal);
        Assert.Contains("Start content button", Titles(start));
    }

    [Fact]
    public async Task CheckOut_WhenTheAdditionsStorageIsDown_ChecksOutAndSendsTheRitualWithoutIt()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        // Only what the addition reads fails: the closed shift's row, which check-out itself writes but never reads.
        _faults.FailWhen(r => r.Method == HttpMethod.Get && Uri.UnescapeDataString(r.RequestUri!.AbsoluteUri).Contains("RowKey='closed", StringComparison.Ordinal));

        var response = await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_faults.Failed > 0);
        Assert.Equal(["Anna Jensen"], _bot.Connector.BoardMessages()[^1].Card().CheckedOutNames());
        var ritual = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Jeg har lukket ned", Titles(ritual));
        Assert.DoesNotContain("Note button", Titles(ritual));
        Assert.DoesNotContain("Stored check-out", ritual.AllText(), StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2310 && l.Message.Contains(nameof(NoteAdditions), StringComparison.Ordinal));
        Assert.Contains("Du er tjekket ud", _bot.Connector.ThreadReplies()[^1].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInAndOut_WhenAnotherAdditionThrowsEverywhere_CardsComeWithTheWorkingOnesOnly()
    {
        using var bot = new BotFactory(configure: OnlyTheseAdditions(s => s.AddShiftCardAdditions<BrokenAdditions>().AddShiftCardAdditions<NoteAdditions>()));
        var client = bot.CreateClient();

        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));

        var board = bot.Connector.BoardMessages()[^1].Card();
        Assert.Equal(["Tjek ind", "Tjek ud", "Note on the 2026-11-24 board"], Titles(board)[..3]); // Then the drop-in link.
        Assert.Equal(["Anna Jensen"], board.CheckedOutNames());
        Assert.Equal(2, bot.Connector.PersonalMessages().Count); // The checklist and the ritual both came.
        Assert.Contains("Note for Anna Jensen", Titles(bot.Connector.PersonalMessages()[0].Card()));
        Assert.Contains("Note button", Titles(bot.Connector.PersonalMessages()[1].Card()));
        var logged = bot.Logs.Lines.Where(l => l.EventId == 2310 && l.Message.Contains(nameof(BrokenAdditions), StringComparison.Ordinal)).Select(l => l.Message).ToList();
        Assert.Contains(logged, m => m.Contains("shift board", StringComparison.Ordinal));
        Assert.Contains(logged, m => m.Contains("start-of-shift card", StringComparison.Ordinal));
        Assert.Contains(logged, m => m.Contains("close-down ritual", StringComparison.Ordinal));
        Assert.Contains("1 on the board read from storage", bot.Connector.BoardMessages()[0].Card().AllText(), StringComparison.Ordinal);
        Assert.Equal(4, logged.Count(m => m.Contains("shift board", StringComparison.Ordinal))); // Buttons and content, on each of the two renders.
    }

    /// <summary>The app's own features (the reflection form's Call ended) are left out, so the cards show exactly the test's.</summary>
    private static Action<IServiceCollection> OnlyTheseAdditions(Action<IServiceCollection> add) => services =>
    {
        services.RemoveAll<IShiftCardAdditions>();
        add(services);
    };

    private async Task<JsonObject> InvokeCardAsync(JsonObject press)
    {
        var response = await _client.PostAsync(press);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    private static List<string> Titles(JsonObject card) => [.. card["actions"]!.AsArray().Select(a => (string)a!["title"]!)];

    /// <summary>A feature that reads storage for the close-down ritual and says what the card knows.</summary>
    private sealed class NoteAdditions(IShiftStore store) : IShiftCardAdditions
    {
        private static readonly Uri Link = new("https://example.org/note");

        public IReadOnlyList<CardAction> BoardButtons(ShiftBoardContext board) =>
            [new OpenUrlAction($"Note on the {board.Day:yyyy-MM-dd} board", Link)];

        public IReadOnlyList<CardAction> StartRitualButtons(StartRitualContext start) =>
            [new OpenUrlAction($"Note for {start.Shift.Counsellor.Name}", Link)];

        public async Task<CardAddition> BoardContentAsync(ShiftBoardContext board, CancellationToken cancellationToken)
        {
            var shifts = await store.GetBoardShiftsAsync(board.ChannelId, board.Day, cancellationToken);
            return new CardAddition([new TextBlock($"{shifts.Count} on the board read from storage")], [new OpenUrlAction("Content button", Link)]);
        }

        public async Task<CardAddition> StartRitualContentAsync(StartRitualContext start, CancellationToken cancellationToken)
        {
            var open = await store.GetOpenAnywhereAsync(start.Shift.Counsellor.TeamsId, cancellationToken);
            return new CardAddition([new TextBlock($"{open!.Counsellor.Name} has an open shift in storage")], [new OpenUrlAction("Start content button", Link)]);
        }

        public async Task<CardAddition> CloseRitualAsync(CloseRitualContext close, CancellationToken cancellationToken)
        {
            var stored = await store.GetClosedAsync(close.Ref, cancellationToken);
            var checkedOut = stored!.CheckedOutAt!.Value.ToOffset(TimeSpan.FromHours(1));
            return new CardAddition([new TextBlock($"Stored check-out {checkedOut:HH.mm} ({close.State})")], [new OpenUrlAction("Note button", Link)]);
        }
    }

    private sealed class BrokenAdditions : IShiftCardAdditions
    {
        public IReadOnlyList<CardAction> BoardButtons(ShiftBoardContext board) => throw new InvalidOperationException("A bug.");

        public IReadOnlyList<CardAction> StartRitualButtons(StartRitualContext start) => throw new InvalidOperationException("A bug.");

        public Task<CardAddition> BoardContentAsync(ShiftBoardContext board, CancellationToken cancellationToken) =>
            throw new RequestFailedException(503, "Storage is down.");

        public Task<CardAddition> StartRitualContentAsync(StartRitualContext start, CancellationToken cancellationToken) =>
            throw new RequestFailedException(503, "Storage is down.");

        public Task<CardAddition> CloseRitualAsync(CloseRitualContext close, CancellationToken cancellationToken) =>
            throw new RequestFailedException(503, "Storage is down.");
    }
}
