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

    /// <summary>Every value a reader of the telemetry would see: span names and tags, metric names and tags.</summary>
    public static IEnumerable<string> AllRecordedValues(IEnumerable<Activity> spans, IEnumerable<MetricSnapshot> metrics) =>
        spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName).Append(s.OperationName))
            .Concat(metrics.SelectMany(m => m.MetricPoints.SelectMany(p => p.TagMap().Select(t => $"{t.Key}={t.Value}")).Append(m.Name)));
}
