using System.Diagnostics;
using OpenTelemetry.Metrics;

namespace TeamsBot.Tests.Telemetry;

/// <summary>What an in-memory exporter received, read as a test needs it.</summary>
internal static class TelemetryReadings
{
    public static IEnumerable<MetricPoint> Points(this IEnumerable<MetricSnapshot> metrics, string name) =>
        metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints);

    public static Dictionary<string, object?> TagMap(this MetricPoint point)
    {
        Dictionary<string, object?> tags = [];
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    /// <summary>
    /// Every value a reader of the telemetry would see: span names, tags, status description, events (names and tags) and
    /// baggage; metric names and tags.
    /// </summary>
    public static IEnumerable<string> AllRecordedValues(IEnumerable<Activity> spans, IEnumerable<MetricSnapshot> metrics) =>
        spans.SelectMany(SpanValues)
            .Concat(metrics.SelectMany(m => m.MetricPoints.SelectMany(p => p.TagMap().Select(t => $"{t.Key}={t.Value}")).Append(m.Name)));

    private static IEnumerable<string> SpanValues(Activity span) =>
        span.TagObjects.Select(t => $"{t.Key}={t.Value}")
            .Append(span.DisplayName)
            .Append(span.OperationName)
            .Append(span.StatusDescription ?? "")
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name)))
            .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}"));
}
