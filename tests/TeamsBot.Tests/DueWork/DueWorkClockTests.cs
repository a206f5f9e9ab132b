using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.DueWork;

namespace TeamsBot.Tests.DueWork;

/// <summary>
/// Due work on a fake clock, as host tests drive it: the queue's timers run on real time and never surface here,
/// so the table is the truth and the reconcile pass runs what is due by the app's clock.
/// </summary>
public sealed class DueWorkClockTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));
    private readonly RecordingHandler _handler = new();

    private Task<DueWorkHost> StartAsync(string prefix, bool runProcessor = false, Action<IServiceCollection>? more = null, Dictionary<string, string?>? settings = null) =>
        DueWorkHost.StartAsync(prefix, _time, services =>
        {
            services.AddSingleton(_handler).AddDueWorkHandler<RecordingHandler>();
            more?.Invoke(services);
        }, runProcessor, settings);

    [Fact]
    public async Task ReconcileAsync_FakeClockPastTheDueTime_RunsTheItemOnce()
    {
        await using var host = await StartAsync(DueWorkHost.NewPrefix());
        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "shift-1", _time.GetUtcNow() + TimeSpan.FromHours(12), "p", default);
        var early = await host.Runner.ReconcileAsync(default);

        _time.Advance(TimeSpan.FromHours(12));
        var due = await host.Runner.ReconcileAsync(default);
        var again = await host.Runner.ReconcileAsync(default);

        Assert.Equal((0, 1, 0), (early, due, again));
        Assert.Equal(["shift-1"], _handler.DoneKeys());
        Assert.Equal("p", _handler.Done[0].Item.Payload);
    }

    [Fact]
    public async Task Processor_FakeClockAdvancedPastTheDueTime_RunsTheItemOnItsReconcileTimer()
    {
        await using var host = await StartAsync(DueWorkHost.NewPrefix(), runProcessor: true);
        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "shift-1", _time.GetUtcNow() + TimeSpan.FromHours(12), null, default);

        _time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1)); // The reconcile timer runs on the same clock.
        await Eventually.HoldsAsync(() => _handler.Done.Count > 0, Bound);

        Assert.Equal(["shift-1"], _handler.DoneKeys());
    }

    [Fact]
    public async Task PollOnceAsync_TimerSurfacesBeforeItsItemIsDue_PutsTheTimerBackWithoutRunning()
    {
        await using var host = await StartAsync(DueWorkHost.NewPrefix());
        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "far", _time.GetUtcNow() + TimeSpan.FromDays(30), null, default);
        // A timer that surfaces now, as one capped at the queue's seven days does three weeks early.
        var row = await host.Table.GetAsync(RecordingHandler.DefaultKind, "far", default);
        await host.Queue.SendAsync(row!, TimeSpan.Zero, default);
        var processor = host.NewProcessor();

        var received = await processor.PollOnceAsync(default);
        var receivedAgain = await processor.PollOnceAsync(default);

        Assert.Equal((1, 0), (received, receivedAgain));
        Assert.Equal(0, _handler.Calls);
        Assert.NotNull(await host.Table.GetAsync(RecordingHandler.DefaultKind, "far", default));
    }

    [Fact]
    public async Task HandleAsync_FailsEveryTime_GivenUpAfterMaxAttemptsLoggedAndKeptAsFailed()
    {
        var failing = new RecordingHandler(failFirst: int.MaxValue);
        await using var host = await DueWorkHost.StartAsync(DueWorkHost.NewPrefix(), _time, s => s.AddSingleton(failing).AddDueWorkHandler<RecordingHandler>(),
            runProcessor: false, settings: new() { ["DueWork:MaxAttempts"] = "3", ["DueWork:RetryDelay"] = "00:00:10" });
        await host.Work.ScheduleAsync(RecordingHandler.DefaultKind, "broken", _time.GetUtcNow(), null, default);

        await host.Runner.ReconcileAsync(default);
        var restingBeforeRetry = await host.Runner.ReconcileAsync(default);
        _time.Advance(TimeSpan.FromSeconds(10));
        await host.Runner.ReconcileAsync(default);
        _time.Advance(TimeSpan.FromSeconds(20)); // The delay doubles.
        await host.Runner.ReconcileAsync(default);
        _time.Advance(TimeSpan.FromHours(1));
        await host.Runner.ReconcileAsync(default);

        Assert.Equal(0, restingBeforeRetry);
        Assert.Equal(3, failing.Calls);
        Assert.Equal(2, host.Logs.Lines.Count(l => l.EventId == 2602));
        Assert.Contains(host.Logs.Lines, l => l.EventId == 2603 && l.Message.Contains("test-work/broken failed 3 times", StringComparison.Ordinal));
        var row = await host.Table.GetAsync(RecordingHandler.DefaultKind, "broken", default);
        Assert.True(row!.Failed);
    }

    [Fact]
    public async Task AddRecurringDueWork_TwoInstancesStarting_OneRowThatRunsOncePerIntervalAndSchedulesTheNext()
    {
        var prefix = DueWorkHost.NewPrefix();
        void Recurring(IServiceCollection services) => services.AddRecurringDueWork(RecordingHandler.DefaultKind, TimeSpan.FromHours(1));
        await using var first = await StartAsync(prefix, more: Recurring);
        await using var second = await StartAsync(prefix, more: Recurring);

        _time.Advance(TimeSpan.FromHours(1));
        var ran = await Task.WhenAll(first.Runner.ReconcileAsync(default), second.Runner.ReconcileAsync(default));
        var next = await first.Table.GetAsync(RecordingHandler.DefaultKind, RecurringDueWork.Key, default);
        _time.Advance(TimeSpan.FromHours(1));
        await second.Runner.ReconcileAsync(default);

        Assert.Equal(1, ran.Sum());
        Assert.Equal(_time.GetUtcNow(), next!.Item.DueAt);
        Assert.Equal(2, _handler.Calls);
        Assert.Single(await ListRowsAsync(first));
    }

    [Fact]
    public async Task AddRecurringDueWork_RunFailsEveryTime_NextRunStillScheduled()
    {
        var failing = new RecordingHandler(failFirst: int.MaxValue);
        await using var host = await DueWorkHost.StartAsync(DueWorkHost.NewPrefix(), _time,
            s => s.AddSingleton(failing).AddDueWorkHandler<RecordingHandler>().AddRecurringDueWork(RecordingHandler.DefaultKind, TimeSpan.FromHours(1)),
            runProcessor: false, settings: new() { ["DueWork:MaxAttempts"] = "1" });

        _time.Advance(TimeSpan.FromHours(1));
        await host.Runner.ReconcileAsync(default);
        var next = await host.Table.GetAsync(RecordingHandler.DefaultKind, RecurringDueWork.Key, default);

        Assert.Equal(1, failing.Calls);
        Assert.False(next!.Failed);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromHours(1), next.Item.DueAt);
    }

    [Fact]
    public async Task ScheduleAsync_KindWithoutHandler_ThrowsNamingTheKind()
    {
        await using var host = await StartAsync(DueWorkHost.NewPrefix());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.Work.ScheduleAsync("no-such-kind", "k", _time.GetUtcNow(), null, default));

        Assert.Contains("'no-such-kind'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_TwoHandlersOfOneKind_StopsTheHostNamingBoth()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(DueWorkHost.NewPrefix(),
            more: s => s.AddSingleton<IDueWorkHandler>(new RecordingHandler())));

        Assert.Contains("Two due-work handlers for the kind 'test-work'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_QueueServiceUnreachable_StopsTheHostNamingTheSettingAndTheQueue()
    {
        var prefix = DueWorkHost.NewPrefix();
        var deadQueue = System.Text.RegularExpressions.Regex.Replace(Infrastructure.Azurite.ConnectionString,
            @"QueueEndpoint=http://127\.0\.0\.1:\d+", $"QueueEndpoint=http://127.0.0.1:{Infrastructure.Azurite.FreePort()}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(prefix,
            settings: new() { ["Storage:ConnectionString"] = deadQueue, ["Storage:MaxRetries"] = "0" }));

        Assert.Contains($"refused to create the due-work queue '{prefix.ToLowerInvariant()}-duework'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ConnectionStringWithoutQueueEndpoint_StopsTheHostNamingTheMissingKey()
    {
        var tablesOnly = Infrastructure.Azurite.ConnectionStringFor(Infrastructure.Azurite.PortOf(Infrastructure.Azurite.ConnectionString)!.Value);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(DueWorkHost.NewPrefix(),
            settings: new() { ["Storage:ConnectionString"] = tablesOnly }));

        Assert.Contains("Storage:ConnectionString lists service endpoints but not QueueEndpoint", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<Azure.Data.Tables.TableEntity>> ListRowsAsync(DueWorkHost host)
    {
        List<Azure.Data.Tables.TableEntity> rows = [];
        await foreach (var row in host.Table.Client.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
