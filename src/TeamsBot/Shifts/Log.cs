using TeamsBot.Hosting;

namespace TeamsBot.Shifts;

[LogEventRange(2300, 2399)]
internal static partial class Log
{
    [LoggerMessage(2301, LogLevel.Information, "Closed {Count} shifts left open past the maximum")]
    public static partial void OverdueShiftsClosed(ILogger logger, int count);
}
