using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Authentication;

/// <summary>Log messages of inbound authentication. Never logs tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(1101, LogLevel.Warning, "Rejected a channel token: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string? reason);

    [LoggerMessage(1102, LogLevel.Warning,
        "ANONYMOUS MODE: requests to the bot are accepted WITHOUT a token, because the environment is {Environment} and "
        + "Bot:MicrosoftAppId is not set. Anyone who can reach this endpoint can post activities as any user. This is meant "
        + "only for local emulators such as the Agents Playground. To require Bot Framework tokens, set Bot:MicrosoftAppId "
        + "(environment variable Bot__MicrosoftAppId); outside Development the bot refuses to start without it.")]
    public static partial void AcceptingRequestsWithoutToken(ILogger logger, string environment);
}
