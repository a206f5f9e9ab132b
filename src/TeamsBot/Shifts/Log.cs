using TeamsBot.Hosting;

namespace TeamsBot.Shifts;

[LogEventRange(2300, 2399)]
internal static partial class Log
{
    [LoggerMessage(2301, LogLevel.Information, "Closed {Count} shifts left open past the maximum")]
    public static partial void OverdueShiftsClosed(ILogger logger, int count);

    [LoggerMessage(2310, LogLevel.Warning, "{Feature} could not add to the {Card}; the card was sent without its part")]
    public static partial void ShiftCardAdditionFailed(ILogger logger, Exception exception, string feature, string card);

    [LoggerMessage(2311, LogLevel.Warning, "{Feature} failed on the {Event}; the shift change stands")]
    public static partial void ShiftObserverFailed(ILogger logger, Exception exception, string feature, string @event);
}
