namespace TeamsBot.Hosting;

/// <summary>The host's log messages. Never logs message text, reflections or anything a caller said.</summary>
[LogEventRange(2000, 2099)]
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Warning, "Storage is unavailable and telling the user so failed too, for activity {ActivityId}")]
    public static partial void StorageUnavailableReplyFailed(ILogger logger, Exception exception, string? activityId);
}
