using TeamsBot.Hosting;

namespace TeamsBot.Conversations;

[LogEventRange(2200, 2299)]
internal static partial class Log
{
    [LoggerMessage(2201, LogLevel.Warning, "Could not send a personal message to {UserId} ({Outcome})")]
    public static partial void PersonalMessageFailed(ILogger logger, Exception? exception, string userId, ReachOutcome outcome);

    [LoggerMessage(2202, LogLevel.Warning, "The live card {Key} could not be sent for activity {ActivityId}; the change is stored and the next change will bring the card up to date")]
    public static partial void LiveCardNotSent(ILogger logger, Exception exception, string key, string? activityId);

    [LoggerMessage(2203, LogLevel.Warning, "The live card message {ActivityId} could not be updated ({Status})")]
    public static partial void LiveCardGone(ILogger logger, string activityId, int status);

    [LoggerMessage(2204, LogLevel.Information, "Posting the live card {Key} (the previous message, if any: {ActivityId})")]
    public static partial void LiveCardPosted(ILogger logger, string key, string? activityId);

    [LoggerMessage(2205, LogLevel.Warning, "No stored conversation for channel {ChannelId}; its cards cannot be updated proactively")]
    public static partial void NoChannelReference(ILogger logger, string channelId);

    [LoggerMessage(2206, LogLevel.Warning, "Could not look up the member {TeamsId} for their sign-in name; their card goes without a call link")]
    public static partial void MemberLookupFailed(ILogger logger, Exception exception, string teamsId);
}
