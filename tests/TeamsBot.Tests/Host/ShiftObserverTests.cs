using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>Another feature hears of check-ins and ends of shifts through <see cref="IShiftObserver"/>, after they are stored.</summary>
public sealed class ShiftObserverTests : IDisposable
{
    private readonly BotFactory _bot;
    private readonly HttpClient _client;

    public ShiftObserverTests()
    {
        _bot = new BotFactory(new() { ["Shifts:MaxShiftDuration"] = "12:00:00" }, configure: OnlyTheseObservers(s => s.AddSingleton<Heard>().AddShiftObserver<RecordingObserver>()));
        _client = _bot.CreateClient();
    }

    public void Dispose() => _bot.Dispose();

    private Heard Events => _bot.Services.GetRequiredService<Heard>();

    [Fact]
    public async Task CheckIn_Twice_TellsTheObserverOnceWithTheStoredShift()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));

        var heard = Assert.Single(Events.All);
        Assert.Equal("in Anna Jensen open=True", heard);
    }

    [Fact]
    public async Task CheckOut_AfterCheckIn_TellsTheObserverTheShiftEnded()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout")); // Not on duty: nothing ended.

        Assert.Equal(["in Anna Jensen open=True", "closed Anna Jensen open=False"], Events.All);
    }

    [Fact]
    public async Task OverdueSweep_ClosingAShift_TellsTheObserver()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(13));

        await _bot.Services.GetRequiredService<OverdueShiftSweeper>().SweepAsync(default);

        Assert.Equal(["in Anna Jensen open=True", "closed Anna Jensen open=False"], Events.All);
    }

    [Fact]
    public async Task CheckInAndOut_WhenAnObserverThrows_TheOthersHearAndTheCounsellorIsAnswered()
    {
        using var bot = new BotFactory(configure: OnlyTheseObservers(s => s.AddSingleton<Heard>().AddShiftObserver<BrokenObserver>().AddShiftObserver<RecordingObserver>()));
        var client = bot.CreateClient();

        var checkIn = await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin"));
        var checkOut = await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkout"));

        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkOut.StatusCode);
        Assert.Equal(["in Anna Jensen open=True", "closed Anna Jensen open=False"], bot.Services.GetRequiredService<Heard>().All);
        Assert.Equal(["Anna Jensen"], bot.Connector.BoardMessages()[^1].Card().CheckedOutNames());
        Assert.Equal(2, bot.Logs.Lines.Count(l => l.EventId == 2311 && l.Message.Contains(nameof(BrokenObserver), StringComparison.Ordinal)));
    }

    /// <summary>The app's own observers are left out, so only the test's are told.</summary>
    private static Action<IServiceCollection> OnlyTheseObservers(Action<IServiceCollection> add) => services =>
    {
        services.RemoveAll<IShiftObserver>();
        add(services);
    };

    private sealed class Heard
    {
        private readonly ConcurrentQueue<string> _events = new();

        public List<string> All => [.. _events];

        public void Add(string e) => _events.Enqueue(e);
    }

    private sealed class RecordingObserver(Heard heard) : IShiftObserver
    {
        public Task OnCheckedInAsync(Shift shift, CancellationToken cancellationToken)
        {
            heard.Add($"in {shift.Counsellor.Name} open={shift.IsOpen}");
            return Task.CompletedTask;
        }

        public Task OnClosedAsync(Shift shift, CancellationToken cancellationToken)
        {
            heard.Add($"closed {shift.Counsellor.Name} open={shift.IsOpen}");
            return Task.CompletedTask;
        }
    }

    private sealed class BrokenObserver : IShiftObserver
    {
        public Task OnCheckedInAsync(Shift shift, CancellationToken cancellationToken) => throw new InvalidOperationException("A bug.");

        public Task OnClosedAsync(Shift shift, CancellationToken cancellationToken) => throw new InvalidOperationException("A bug.");
    }
}
