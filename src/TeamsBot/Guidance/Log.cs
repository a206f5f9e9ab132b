using TeamsBot.Hosting;

namespace TeamsBot.Guidance;

/// <summary>
/// What counsellors looked up, as counts only: the search words are never logged (a counsellor might type a detail of
/// the call into them by mistake).
/// </summary>
[LogEventRange(3160, 3199)]
internal static partial class GuidanceLog
{
    [LoggerMessage(3160, LogLevel.Information, "Guidance search ({Kind}) of {Words} word(s): {Hits} match(es) in {Milliseconds} ms")]
    public static partial void Searched(ILogger logger, GuidanceKind kind, int words, int hits, long milliseconds);

    [LoggerMessage(3161, LogLevel.Information, "Guidance list ({Kind}) shown: {Choices} choice(s)")]
    public static partial void Listed(ILogger logger, GuidanceKind kind, int choices);

    [LoggerMessage(3162, LogLevel.Warning, "Guidance answer to a button could not be sent")]
    public static partial void PressAnswerFailed(ILogger logger, Exception exception);
}
