using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Authentication;

/// <summary>Log messages of inbound authentication. Never logs tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(1101, LogLevel.Warning, "Rejected a channel token: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string? reason);
}
