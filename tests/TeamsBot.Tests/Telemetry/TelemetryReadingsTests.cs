using System.Diagnostics;

namespace TeamsBot.Tests.Telemetry;

/// <summary>The privacy test's reader sees every place a span can carry a value, so a leak there would fail it.</summary>
public sealed class TelemetryReadingsTests
{
    [Fact]
    public void AllRecordedValues_ValuesInStatusDescriptionEventsAndBaggage_AreAllRead()
    {
        using var span = new Activity("turn");
        span.SetStatus(ActivityStatusCode.Error, "status-secret");
        span.AddEvent(new ActivityEvent("event-secret", tags: new ActivityTagsCollection { ["event.tag"] = "event-tag-secret" }));
        span.AddBaggage("baggage.key", "baggage-secret");

        var recorded = string.Join("\n", TelemetryReadings.AllRecordedValues([span], []));

        foreach (var secret in new[] { "status-secret", "event-secret", "event-tag-secret", "baggage-secret" })
        {
            Assert.Contains(secret, recorded, StringComparison.Ordinal);
        }
    }
}
