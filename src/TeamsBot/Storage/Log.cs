using TeamsBot.Hosting;

namespace TeamsBot.Storage;

[LogEventRange(2100, 2199)]
internal static partial class Log
{
    [LoggerMessage(2101, LogLevel.Information, "Storage is ready: {Count} tables")]
    public static partial void TablesReady(ILogger logger, int count);

    [LoggerMessage(2102, LogLevel.Information, "Purged {Count} processed-activity markers older than a day")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(2103, LogLevel.Warning, "A stored invoke answer could not be decrypted; the redelivery is answered without it")]
    public static partial void AnswerUnreadable(ILogger logger);
}
