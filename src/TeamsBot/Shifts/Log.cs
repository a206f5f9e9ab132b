using TeamsBot.Hosting;

namespace TeamsBot.Shifts;

[LogEventRange(2300, 2399)]
internal static partial class Log
{
    [LoggerMessage(2301, LogLevel.Information, "Closed {Count} shifts left open past the maximum")]
    public static partial void OverdueShiftsClosed(ILogger logger, int count);

    [LoggerMessage(2302, LogLevel.Error, "Closing overdue shifts failed; will try again")]
    public static partial void OverdueSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(2303, LogLevel.Warning, "The board message {ActivityId} could not be updated ({Status})")]
    public static partial void BoardGone(ILogger logger, string activityId, int status);

    [LoggerMessage(2304, LogLevel.Information, "Posting the day's board (the previous message, if any: {ActivityId})")]
    public static partial void BoardReposted(ILogger logger, string? activityId);

    [LoggerMessage(2305, LogLevel.Warning, "No stored conversation for channel {ChannelId}; its board cannot be updated proactively")]
    public static partial void NoChannelReference(ILogger logger, string channelId);

    [LoggerMessage(2306, LogLevel.Warning, "The board of channel {ChannelId} could not be sent for activity {ActivityId}; the change is stored and the next change will bring the board up to date")]
    public static partial void BoardNotSent(ILogger logger, Exception exception, string channelId, string? activityId);
}
