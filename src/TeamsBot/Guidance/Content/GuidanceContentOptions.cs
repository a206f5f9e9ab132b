namespace TeamsBot.Guidance.Content;

/// <summary>Where the guidance content is and how it is kept up to date (section <c>Guidance</c>).</summary>
public sealed class GuidanceContentOptions
{
    public const string SectionName = "Guidance";

    /// <summary>
    /// The content folder. A relative path is looked for under the app's content root, then beside the app's files
    /// (where the build copies the repository's <c>content/</c>). A folder that does not exist is empty content and a
    /// warning, not a failed start: it is watched for and read once it appears.
    /// </summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>Whether to watch the folder for changes; off, only the periodic rescan picks them up.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must be quiet after a change before it is read: an editor saves in several writes.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the folder is read anyway, since watchers miss events on some file systems (network shares).</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal static bool TimesAreSane(GuidanceContentOptions o) =>
        o.Debounce >= TimeSpan.Zero && o.Debounce <= TimeSpan.FromMinutes(1)
        && o.RescanInterval >= TimeSpan.FromSeconds(1) && o.RescanInterval <= TimeSpan.FromDays(1);
}
