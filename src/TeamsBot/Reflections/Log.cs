using TeamsBot.Hosting;

namespace TeamsBot.Reflections;

/// <summary>Reflection events. Never a form's contents: ids, states and counts only.</summary>
[LogEventRange(2700, 2799)]
internal static partial class Log
{
    [LoggerMessage(2701, LogLevel.Information, "Reflection form {FormId} issued")]
    public static partial void FormIssued(ILogger logger, string formId);
}
