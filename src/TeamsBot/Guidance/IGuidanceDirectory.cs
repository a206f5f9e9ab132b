namespace TeamsBot.Guidance;

/// <summary>
/// The guidance content that is live now: the last good version of every file in the content folder. Reloaded when
/// files change; a broken file keeps its last good version. Readers take <see cref="Current"/> once per turn.
/// </summary>
public interface IGuidanceDirectory
{
    GuidanceSnapshot Current { get; }
}

/// <summary>An immutable view of the content; a new instance after every reload that changed something.</summary>
public sealed record GuidanceSnapshot(IReadOnlyList<GuidanceEntry> Entries, long Version)
{
    public static readonly GuidanceSnapshot Empty = new([], 0);

    public IEnumerable<GuidanceEntry> OfKind(GuidanceKind kind) => Entries.Where(e => e.Kind == kind);

    public GuidanceEntry? Find(string id) => Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}
