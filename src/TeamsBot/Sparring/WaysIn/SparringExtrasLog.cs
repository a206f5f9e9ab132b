using TeamsBot.Hosting;

namespace TeamsBot.Sparring.WaysIn;

/// <summary>The sparring ways in and overview. Never a note: request and form ids, the way in and outcomes only.</summary>
[LogEventRange(2470, 2499)]
internal static partial class SparringExtrasLog
{
    [LoggerMessage(2471, LogLevel.Information, "Sparring asked from {WayIn}: request {RequestId}, on call {OnCall}, counsellor reached {Reached}")]
    public static partial void Asked(ILogger logger, SparringWayIn wayIn, string requestId, bool onCall, bool reached);

    [LoggerMessage(2472, LogLevel.Warning, "Sparring from reflection form {FormId} could not be asked")]
    public static partial void ReflectionAskFailed(ILogger logger, Exception exception, string formId);
}
