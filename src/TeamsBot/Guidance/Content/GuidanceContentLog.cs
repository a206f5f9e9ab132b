using TeamsBot.Conversations;
using TeamsBot.Hosting;

namespace TeamsBot.Guidance.Content;

/// <summary>The content folder's events: file ids, counts and problems (words from the coordinators' files, never a caller's).</summary>
[LogEventRange(3100, 3139)]
internal static partial class GuidanceContentLog
{
    [LoggerMessage(3101, LogLevel.Information, "Guidance content read from {Path}: {Entries} entries live, {Broken} broken files, in {Milliseconds} ms")]
    public static partial void Loaded(ILogger logger, string path, int entries, int broken, long milliseconds);

    [LoggerMessage(3102, LogLevel.Warning, "The guidance content folder {Path} does not exist (Guidance:ContentPath): no guidance until it does")]
    public static partial void FolderMissing(ILogger logger, string path);

    [LoggerMessage(3103, LogLevel.Warning, "Guidance file {File} is broken ({Problems}); {Kept}")]
    public static partial void FileBroken(ILogger logger, string file, string problems, string kept);

    [LoggerMessage(3104, LogLevel.Information, "Guidance file {File} loaded with warnings ({Problems})")]
    public static partial void FileWarnings(ILogger logger, string file, string problems);

    [LoggerMessage(3105, LogLevel.Information, "Guidance file {File} (content {Hash}) is broken: told {Told} of {Coordinators} coordinators")]
    public static partial void Reported(ILogger logger, string file, string hash, int told, int coordinators);

    [LoggerMessage(3106, LogLevel.Warning, "The report of broken guidance file {File} could not reach coordinator {EntraId} ({Outcome})")]
    public static partial void ReportNotDelivered(ILogger logger, string file, string entraId, ReachOutcome outcome);

    [LoggerMessage(3107, LogLevel.Warning, "Guidance file {File} is broken and no coordinator is configured (Roles:Coordinators) to tell")]
    public static partial void NoCoordinators(ILogger logger, string file);

    [LoggerMessage(3108, LogLevel.Warning, "Broken guidance files could not be reported now (storage); tried again at the next reload")]
    public static partial void ReportFailed(ILogger logger, Exception exception);

    [LoggerMessage(3109, LogLevel.Warning, "Cannot watch the guidance folder {Path} for changes; it is read every {Interval} instead")]
    public static partial void WatchFailed(ILogger logger, Exception? exception, string path, TimeSpan interval);

    [LoggerMessage(3110, LogLevel.Error, "Reading the guidance folder {Path} failed; the content stays as it was")]
    public static partial void ReloadFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(3111, LogLevel.Information, "Guidance content changed: version {Version}, {Entries} entries")]
    public static partial void Changed(ILogger logger, long version, int entries);

    [LoggerMessage(3112, LogLevel.Warning, "Guidance files {Files} could not be read this time (locked or being written); they keep what they had")]
    public static partial void Unreadable(ILogger logger, string files);
}
