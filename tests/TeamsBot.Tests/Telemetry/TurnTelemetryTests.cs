using System.Diagnostics;
using Bot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsBot.Telemetry;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Telemetry;

/// <summary>A turn through the real host, read back through OpenTelemetry's in-memory exporter.</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class TurnTelemetryTests : IDisposable
{
    private const string Secret = "hemmelige";
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly BotFactory _bot;

    public TurnTelemetryTests() => _bot = new BotFactory(configure: services =>
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
    });

    public void Dispose() => _bot.Dispose();

    private async Task CheckInAndFlushAsync()
    {
        var client = _bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/checkin", id: "activity-of-anna"));
        await client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", $"Min {Secret} besked", id: "second-of-anna"));
        _bot.Services.GetRequiredService<TracerProvider>().ForceFlush();
        _bot.Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    [Fact]
    public async Task CheckIn_ThroughTheHost_OneTurnSpanWithRouteAndOutcome()
    {
        await CheckInAndFlushAsync();

        var turn = Assert.Single(_spans, s => (string?)s.GetTagItem(BotTelemetry.RouteTag) == "command /checkin");
        Assert.Equal(TurnOutcomes.Handled, turn.GetTagItem(BotTelemetry.OutcomeTag));
        Assert.Equal(ActivityStatusCode.Ok, turn.Status);
        Assert.True(turn.Duration > TimeSpan.Zero);
        Assert.Equal("turn command /checkin", turn.DisplayName);
    }

    [Fact]
    public async Task CheckIn_ThroughTheHost_CountsTheTurnByRouteAndOutcome()
    {
        await CheckInAndFlushAsync();

        var checkIns = _metrics.Points("bot.turns").Where(p => Equals(p.TagMap()[BotTelemetry.RouteTag], "command /checkin")).ToList();
        var point = Assert.Single(checkIns);
        Assert.Equal(TurnOutcomes.Handled, point.TagMap()[BotTelemetry.OutcomeTag]);
        Assert.Equal(1, point.GetSumLong());
        Assert.Contains(_metrics.Points("bot.turns"), p => Equals(p.TagMap()[BotTelemetry.RouteTag], "unrecognized message"));
        Assert.Contains(_metrics.Points("bot.turn.duration"), p => p.GetHistogramCount() > 0);
    }

    [Fact]
    public async Task CheckIn_ThroughTheHost_MeasuresConnectorCallsByStatusAndStorageLatency()
    {
        await CheckInAndFlushAsync();

        // The board is posted (201); the connector's own requests count one each, by method and status.
        var posts = Assert.Single(_metrics.Points("bot.connector.calls"), p => Equals(p.TagMap()[BotMetrics.StatusTag], 201) && Equals(p.TagMap()[BotMetrics.MethodTag], "POST"));
        Assert.Equal(_bot.Connector.Requests.Count(r => r.Method == HttpMethod.Post), posts.GetSumLong());
        var tables = _metrics.Points("bot.storage.duration").Where(p => Equals(p.TagMap()[BotMetrics.StorageServiceTag], "table")).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, p => Assert.True(p.GetHistogramSum() >= 0));
        Assert.True(tables.Sum(p => p.GetHistogramCount()) > 2);
    }

    [Fact]
    public async Task CheckIn_ThroughTheHost_NothingRecordedNamesThePersonTheConversationOrTheText()
    {
        await CheckInAndFlushAsync();

        var recorded = TelemetryReadings.AllRecordedValues(_spans, _metrics).ToList();
        Assert.NotEmpty(recorded);
        string[] personal = ["anna", "Anna Jensen", Activities.EntraIdOf("29:anna"), "activity-of-anna", "second-of-anna", Secret,
            Activities.ChannelId, Activities.TeamId, Activities.TenantId, "a:personal", "duty-channel"];
        Assert.All(recorded, value => Assert.DoesNotContain(personal, p => value.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }
}
