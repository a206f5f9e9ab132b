using TeamsBot.Hosting;

namespace TeamsBot.Storage;

[LogEventRange(2100, 2199)]
internal static partial class Log
{
    [LoggerMessage(2101, LogLevel.Information, "Storage is ready: {Count} tables")]
    public static partial void TablesReady(ILogger logger, int count);

    [LoggerMessage(2102, LogLevel.Warning, "Purging old processed-activity markers failed; will try again")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}
