using TeamsBot.Hosting;

namespace TeamsBot.DueWork;

/// <summary>The due-work log messages. Kinds and keys are ids, never anything a caller said.</summary>
[LogEventRange(2600, 2699)]
internal static partial class Log
{
    [LoggerMessage(2601, LogLevel.Information, "Due work is ready: table {Table}, queue {Queue}")]
    public static partial void Ready(ILogger logger, string table, string queue);

    [LoggerMessage(2602, LogLevel.Warning, "Due work {Kind}/{Key} failed (attempt {Attempt} of {MaxAttempts}); trying again in {Delay}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string kind, string key, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(2603, LogLevel.Error, "Due work {Kind}/{Key} failed {Attempts} times and is given up on")]
    public static partial void GaveUp(ILogger logger, Exception exception, string kind, string key, int attempts);

    [LoggerMessage(2604, LogLevel.Warning, "No due-work handler for the kind {Kind}; left for an instance that has one")]
    public static partial void NoHandler(ILogger logger, string kind);

    [LoggerMessage(2605, LogLevel.Warning, "The due-work queue cannot be read; trying again")]
    public static partial void QueueUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(2606, LogLevel.Information, "The due-work queue can be read again")]
    public static partial void QueueBack(ILogger logger);

    [LoggerMessage(2607, LogLevel.Warning, "Due work for a queue message could not be run; its message comes back later")]
    public static partial void MessageFailed(ILogger logger, Exception exception);

    [LoggerMessage(2608, LogLevel.Warning, "Dropped a due-work queue message that is not ours: {MessageId}")]
    public static partial void ForeignMessage(ILogger logger, string messageId);

    [LoggerMessage(2609, LogLevel.Warning, "Looking for due work in the table failed; trying again at the next pass")]
    public static partial void ReconcileFailed(ILogger logger, Exception exception);

    [LoggerMessage(2610, LogLevel.Information, "Ran {Count} due items found in the table without a timer")]
    public static partial void Reconciled(ILogger logger, int count);
}
