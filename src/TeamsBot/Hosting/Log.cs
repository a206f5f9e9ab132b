namespace TeamsBot;

/// <summary>The app's log messages. Never logs message text, reflections or anything a caller said.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Storage is ready: {Count} tables")]
    public static partial void TablesReady(ILogger logger, int count);

    [LoggerMessage(2002, LogLevel.Warning, "The board message {ActivityId} could not be updated ({Status})")]
    public static partial void BoardGone(ILogger logger, string activityId, int status);

    [LoggerMessage(2010, LogLevel.Information, "Posting the day's board (the previous message, if any: {ActivityId})")]
    public static partial void BoardReposted(ILogger logger, string? activityId);

    [LoggerMessage(2003, LogLevel.Warning, "Could not send a personal message to {UserId}")]
    public static partial void PersonalMessageFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(2004, LogLevel.Information, "Closed {Count} shifts left open past the maximum")]
    public static partial void OverdueShiftsClosed(ILogger logger, int count);

    [LoggerMessage(2005, LogLevel.Error, "Closing overdue shifts failed; will try again")]
    public static partial void OverdueSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(2006, LogLevel.Warning, "No stored conversation for channel {ChannelId}; its board cannot be updated proactively")]
    public static partial void NoChannelReference(ILogger logger, string channelId);

    [LoggerMessage(2007, LogLevel.Warning, "Purging old processed-activity markers failed; will try again")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(2008, LogLevel.Warning, "Storage is unavailable and telling the user so failed too, for activity {ActivityId}")]
    public static partial void StorageUnavailableReplyFailed(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(2009, LogLevel.Warning, "The board of channel {ChannelId} could not be sent for activity {ActivityId}; the change is stored and the next change will bring the board up to date")]
    public static partial void BoardNotSent(ILogger logger, Exception exception, string channelId, string? activityId);
}
