using System.Diagnostics;

namespace TeamsBot.Telemetry;

/// <summary>Counts and times every request on the connector's HTTP client, by method and status (never its URL).</summary>
public sealed class ConnectorCallMeter : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            Record(request, (int)response.StatusCode, null, started);
            return response;
        }
        catch (Exception e)
        {
            Record(request, null, e, started);
            throw;
        }
    }

    private static void Record(HttpRequestMessage request, int? status, Exception? error, long started)
    {
        var tags = BotMetrics.HttpTags(request.Method.Method, status, error);
        BotMetrics.ConnectorCalls.Add(1, tags);
        BotMetrics.ConnectorDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }
}
