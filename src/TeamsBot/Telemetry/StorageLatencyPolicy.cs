using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsBot.Telemetry;

/// <summary>
/// Times every attempt the Azure SDK makes at storage (placed per retry, so a slow retry shows as itself), by service,
/// method and status. The request's URL is not recorded: table keys are the ids of channels and people.
/// </summary>
public sealed class StorageLatencyPolicy(string service) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
            Record(message, null, started);
        }
        catch (Exception e)
        {
            Record(message, e, started);
            throw;
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline);
            Record(message, null, started);
        }
        catch (Exception e)
        {
            Record(message, e, started);
            throw;
        }
    }

    private void Record(HttpMessage message, Exception? error, long started)
    {
        var tags = BotMetrics.HttpTags(message.Request.Method.Method, message.HasResponse ? message.Response.Status : null, error);
        tags.Add(BotMetrics.StorageServiceTag, service);
        BotMetrics.StorageDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }
}
