using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Hosting;

/// <summary>Log messages of the hosting layer. Never logs message text: it may be private.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Rejected an unauthenticated request: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? reason);

    [LoggerMessage(1002, LogLevel.Information, "Ignored a redelivered {Type} activity {ActivityId}")]
    public static partial void Duplicate(ILogger logger, string? type, string? activityId);

    [LoggerMessage(1003, LogLevel.Error, "Handling the {Type} activity {ActivityId} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? type, string? activityId);

    [LoggerMessage(1004, LogLevel.Warning, "Could not release the claim on the {Type} activity {ActivityId}; a redelivery within the claim's lifetime will be ignored")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string? type, string? activityId);

    [LoggerMessage(1005, LogLevel.Warning, "The {Type} activity {ActivityId} was handled, but recording that failed; a redelivery after the claim expires would run it again")]
    public static partial void CompleteFailed(ILogger logger, Exception exception, string? type, string? activityId);

    [LoggerMessage(1006, LogLevel.Error, "The turn error handler failed for the {Type} activity {ActivityId}")]
    public static partial void ErrorHandlerFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
