using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamsBot.Telemetry;

/// <summary>
/// The app's own metrics, under the meter <see cref="Name"/> (the protocol's turns are <c>Bot.Protocol</c>'s). Tags are
/// fixed words, HTTP methods and status codes, and due-work kinds: never a URL (connector and table paths hold the ids of
/// conversations and people), a key, or anything someone wrote.
/// </summary>
public static class BotMetrics
{
    public const string Name = "TeamsBot";

    public const string MethodTag = "http.request.method";
    public const string StatusTag = "http.response.status_code";
    public const string ErrorTag = "error.type";
    public const string StorageServiceTag = "storage.service";
    public const string DueWorkKindTag = "bot.duework.kind";

    private static readonly Meter Meter = new(Name);

    /// <summary>Each attempt at the Bot Connector (a retry is a call of its own), by method and status.</summary>
    public static readonly Counter<long> ConnectorCalls = Meter.CreateCounter<long>("bot.connector.calls", "{call}", "Calls to the Bot Connector service, by method and status.");

    public static readonly Histogram<double> ConnectorDuration = Meter.CreateHistogram<double>("bot.connector.duration", "s", "How long a call to the Bot Connector took.");

    /// <summary>Each attempt at Azure Storage (tables, queues, blobs), by service, method and status.</summary>
    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>("bot.storage.duration", "s", "How long a call to Azure Storage took.");

    /// <summary>How late a due item ran: now minus the time it was due. A growing value means the workers fall behind.</summary>
    public static readonly Histogram<double> DueWorkLateness = Meter.CreateHistogram<double>("bot.duework.lateness", "s", "How long after its due time a due item started running.");

    internal static TagList HttpTags(string method, int? status, Exception? error)
    {
        var tags = new TagList { { MethodTag, method } };
        if (status is { } code)
        {
            tags.Add(StatusTag, code);
        }

        if (error is not null)
        {
            tags.Add(ErrorTag, error.GetType().Name);
        }

        return tags;
    }
}
