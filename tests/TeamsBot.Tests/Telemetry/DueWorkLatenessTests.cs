using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using TeamsBot.DueWork;
using TeamsBot.Telemetry;
using TeamsBot.Tests.DueWork;

namespace TeamsBot.Tests.Telemetry;

/// <summary>Due work records how late each item ran, through the real runner.</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class DueWorkLatenessTests
{
    private const string Kind = "telemetry-late";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ReconcileAsync_ItemRunNinetySecondsAfterItsDueTime_RecordsNinetySecondsLate()
    {
        List<MetricSnapshot> metrics = [];
        await using var host = await DueWorkHost.StartAsync(DueWorkHost.NewPrefix(), _time, services =>
        {
            services.AddSingleton(new RecordingHandler(Kind)).AddDueWorkHandler<RecordingHandler>();
            services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(BotMetrics.Name).AddInMemoryExporter(metrics));
        }, runProcessor: false);
        await host.Work.ScheduleAsync(Kind, "shift-1", _time.GetUtcNow() + TimeSpan.FromMinutes(10), null, default);

        _time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(90));
        Assert.Equal(1, await host.Runner.ReconcileAsync(default));
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var late = Assert.Single(metrics.Points("bot.duework.lateness"), p => Equals(p.TagMap()[BotMetrics.DueWorkKindTag], Kind));
        Assert.Equal(1, late.GetHistogramCount());
        Assert.Equal(90, late.GetHistogramSum(), precision: 3);
    }
}
