using TeamsBot.Hosting;

namespace TeamsBot.Guidance.Search;

/// <summary>The search's events. Never the query itself: a counsellor's search words may describe a caller.</summary>
[LogEventRange(3140, 3159)]
internal static partial class GuidanceSearchLog
{
    [LoggerMessage(3140, LogLevel.Information, "Guidance search index built for content version {Version}: {Entries} entries in {Milliseconds} ms")]
    public static partial void Indexed(ILogger logger, long version, int entries, long milliseconds);
}
