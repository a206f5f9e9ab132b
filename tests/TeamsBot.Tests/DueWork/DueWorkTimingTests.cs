using Microsoft.Extensions.DependencyInjection;
using TeamsBot.DueWork;

namespace TeamsBot.Tests.DueWork;

/// <summary>Due work on real time and real Azurite queues: the visibility delay is the timer.</summary>
public sealed class DueWorkTimingTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);
    private readonly RecordingHandler _handler = new();

    private Task<DueWorkHost> StartAsync(string prefix, RecordingHandler? handler = null, Dictionary<string, string?>? settings = null) =>
        DueWorkHost.StartAsync(prefix, TimeProvider.System, services => services.AddSingleton(handler ?? _handler).AddDueWorkHandler<RecordingHandler>(), settings: settings);

    [Fact]
    public async Task ScheduleAsync_ItemDueInTwoSeconds_FiresWithinFiveSecondsOfItsTimeWithItsPayload()
    {
        await using var host = await StartAsync(DueWorkHost.NewPrefix());
        var dueAt = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(2);

        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "shift-1", dueAt, "{\"channel\":\"19:a\"}", default);
        await Eventually.HoldsAsync(() => _handler.Done.Count > 0, Bound);

        var (item, at) = Assert.Single(_handler.Done);
        Assert.Equal((RecordingHandler.DefaultKind, "shift-1", "{\"channel\":\"19:a\"}"), (item.Kind, item.Key, item.Payload));
        Assert.Equal(dueAt, item.DueAt, TimeSpan.FromMilliseconds(1));
        Assert.InRange(at, dueAt, dueAt + TimeSpan.FromSeconds(5));
        Assert.Null(await host.Table.GetAsync(RecordingHandler.DefaultKind, "shift-1", default));
    }

    [Fact]
    public async Task ScheduleAsync_TwoInstancesOnOneStorageRacingForDueItems_EachItemFiresOnce()
    {
        var prefix = DueWorkHost.NewPrefix();
        await using var first = await StartAsync(prefix);
        await using var second = await StartAsync(prefix);
        var dueAt = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(1);
        var keys = Enumerable.Range(0, 10).Select(i => $"item-{i}").ToList();
        foreach (var key in keys)
        {
            await first.Work.ScheduleAsync(RecordingHandler.DefaultKind, key, dueAt, null, default);
        }

        // Both instances also sweep the table the moment the items fall due, racing each other and their own queue pollers.
        await Task.Delay(dueAt - TimeProvider.System.GetUtcNow() + TimeSpan.FromMilliseconds(50));
        await Task.WhenAll(first.Runner.ReconcileAsync(default), second.Runner.ReconcileAsync(default), first.Runner.ReconcileAsync(default));
        await Eventually.HoldsAsync(() => _handler.Done.Count >= keys.Count, Bound);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // Time for a duplicate to show, were there one.

        Assert.Equal(keys, _handler.DoneKeys().Order(StringComparer.Ordinal));
        Assert.Equal(keys.Count, _handler.Calls);
    }

    [Fact]
    public async Task ScheduleAsync_ItemFallsDueWhileNoInstanceRuns_FiresOnceAfterTheRestart()
    {
        var prefix = DueWorkHost.NewPrefix();
        var before = await StartAsync(prefix);
        await before.Work.ScheduleAsync(RecordingHandler.DefaultKind, "shift-1", TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(1), null, default);
        await before.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(0, _handler.Calls);

        await using var after = await StartAsync(prefix);
        await Eventually.HoldsAsync(() => _handler.Done.Count > 0, Bound);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(["shift-1"], _handler.DoneKeys());
    }

    [Fact]
    public async Task StopAsync_WhileAHandlerRuns_TheNextInstanceRunsTheItemAtOnceNotAfterTheClaim()
    {
        var prefix = DueWorkHost.NewPrefix();
        var hanging = new HangingHandler();
        var before = await DueWorkHost.StartAsync(prefix, TimeProvider.System, s => s.AddSingleton<IDueWorkHandler>(hanging));
        await before.Work.ScheduleAsync(RecordingHandler.DefaultKind, "shift-1", TimeProvider.System.GetUtcNow(), null, default);
        await Eventually.HoldsAsync(() => hanging.Started, Bound);

        await before.DisposeAsync();
        await using var after = await StartAsync(prefix); // The claim (two minutes by default) would otherwise hold it.
        await Eventually.HoldsAsync(() => _handler.Done.Count > 0, TimeSpan.FromSeconds(10));

        Assert.Equal(["shift-1"], _handler.DoneKeys());
    }

    [Fact]
    public async Task CancelAsync_ScheduledItem_NeverFiresAndASecondCancelFindsNothing()
    {
        await using var host = await StartAsync(DueWorkHost.NewPrefix());
        var dueAt = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(1);
        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "cancelled", dueAt, null, default);
        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "sentinel", dueAt + TimeSpan.FromSeconds(1), null, default);

        var cancelled = await host.Work.CancelAsync(RecordingHandler.DefaultKind, "cancelled", default);
        // The sentinel falls due after the cancelled item's timer surfaced: once it ran, the cancelled one had its chance.
        await Eventually.HoldsAsync(() => _handler.Done.Count > 0, Bound);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.True(cancelled);
        Assert.Equal(["sentinel"], _handler.DoneKeys());
        Assert.False(await host.Work.CancelAsync(RecordingHandler.DefaultKind, "cancelled", default));
    }

    [Fact]
    public async Task ScheduleAsync_SameKindAndKeyAgain_OnlyTheNewScheduleFires()
    {
        await using var host = await StartAsync(DueWorkHost.NewPrefix());
        var now = TimeProvider.System.GetUtcNow();
        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "reminder", now + TimeSpan.FromSeconds(1), "first", default);
        var laterDue = now + TimeSpan.FromSeconds(2.5);

        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "reminder", laterDue, "second", default);
        await Eventually.HoldsAsync(() => _handler.Done.Count > 0, Bound);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var (item, at) = Assert.Single(_handler.Done);
        Assert.Equal("second", item.Payload);
        Assert.True(at >= laterDue, $"Ran at {at:O}, before its new time {laterDue:O}.");
    }

    [Fact]
    public async Task HandleAsync_FailsTwice_RetriedUntilItSucceedsWithALogLinePerFailure()
    {
        var failing = new RecordingHandler(failFirst: 2);
        await using var host = await StartAsync(DueWorkHost.NewPrefix(), failing);

        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "flaky", TimeProvider.System.GetUtcNow(), null, default);
        await Eventually.HoldsAsync(() => failing.Done.Count > 0, Bound);

        Assert.Equal(["flaky"], failing.DoneKeys());
        Assert.Equal(3, failing.Calls);
        var failures = host.Logs.Lines.Where(l => l.EventId == 2602).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, l => Assert.IsType<InvalidOperationException>(l.Exception));
        Assert.Contains("test-work/flaky failed (attempt 1 of 5)", failures[0].Message, StringComparison.Ordinal);
    }
}

/// <summary>A handler that runs until the host stops it.</summary>
internal sealed class HangingHandler : IDueWorkHandler
{
    private volatile bool _started;

    public string Kind => RecordingHandler.DefaultKind;

    public bool Started => _started;

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        _started = true;
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
