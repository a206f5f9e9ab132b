using TeamsBot.Hosting;

namespace TeamsBot.Conversations;

[LogEventRange(2200, 2299)]
internal static partial class Log
{
    [LoggerMessage(2201, LogLevel.Warning, "Could not send a personal message to {UserId}")]
    public static partial void PersonalMessageFailed(ILogger logger, Exception exception, string userId);
}
