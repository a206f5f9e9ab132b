using TeamsBot.Hosting;

namespace TeamsBot.Installation;

/// <summary>Log messages of install events. Never logs names or what anyone wrote.</summary>
[LogEventRange(3000, 3049)]
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "The bot was added ({Change}); greeted: {Greeted}")]
    public static partial void Added(ILogger logger, InstallChange change, bool greeted);

    [LoggerMessage(3002, LogLevel.Information, "The bot was removed ({Change}); its stored references there are deleted")]
    public static partial void Removed(ILogger logger, InstallChange change);

    [LoggerMessage(3003, LogLevel.Information, "A channel was deleted; its board and stored reference are forgotten")]
    public static partial void ChannelForgotten(ILogger logger);

    [LoggerMessage(3004, LogLevel.Warning, "The greeting for a new install could not be sent; the claim is released so a redelivery can try again")]
    public static partial void GreetingFailed(ILogger logger, Exception exception);

    [LoggerMessage(3005, LogLevel.Warning, "The greeting for a new install got no clear answer and may have arrived; it is not sent again")]
    public static partial void GreetingUncertain(ILogger logger, Exception exception);
}
