namespace TeamsBot.Guidance.Content;

/// <summary>A content file that did not load: its id, the hash of the broken bytes, and what is wrong.</summary>
/// <param name="KeptLastGood">True when an earlier good version of the file stays live instead.</param>
public sealed record BrokenFile(string Id, string Hash, IReadOnlyList<ContentProblem> Problems, bool KeptLastGood);

/// <summary>What one reload found: the files broken now (changed or not) and whether the live content changed.</summary>
public sealed record ReloadOutcome(IReadOnlyList<BrokenFile> Broken, IReadOnlyList<string> Good, IReadOnlyCollection<string> Unreadable, bool Changed, GuidanceSnapshot Snapshot);

/// <summary>
/// The live guidance content: the last good version of every file in the folder. A scan replaces a file's entry only
/// when the file now parses; a broken file keeps its last good version (a file broken since it appeared is absent),
/// a deleted file disappears, and a file that could not be read this time keeps what it had.
/// </summary>
public sealed class GuidanceContentDirectory : IGuidanceDirectory
{
    private readonly Lock _applying = new();
    private Dictionary<string, GuidanceEntry> _live = new(StringComparer.Ordinal);
    private FolderScan? _lastScan;
    private volatile GuidanceSnapshot _current = GuidanceSnapshot.Empty;

    public GuidanceSnapshot Current => _current;

    /// <summary>The last scan applied, so the next one re-parses only files whose bytes changed.</summary>
    public FolderScan? LastScan => _lastScan;

    public ReloadOutcome Apply(FolderScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        lock (_applying)
        {
            var live = new Dictionary<string, GuidanceEntry>(StringComparer.Ordinal);
            var broken = new List<BrokenFile>();
            var good = new List<string>();
            foreach (var file in scan.Files.Values)
            {
                if (file.Parsed.Entry is { } entry)
                {
                    live[file.Id] = entry;
                    good.Add(file.Id);
                    continue;
                }

                var kept = _live.TryGetValue(file.Id, out var lastGood);
                if (kept)
                {
                    live[file.Id] = lastGood!;
                }

                broken.Add(new BrokenFile(file.Id, file.Hash, file.Parsed.Problems, kept));
            }

            foreach (var id in scan.Unreadable.Where(_live.ContainsKey))
            {
                live[id] = _live[id];
            }

            var changed = live.Count != _live.Count || live.Any(e => !_live.TryGetValue(e.Key, out var before) || !ReferenceEquals(before, e.Value));
            _live = live;
            _lastScan = scan;
            if (changed)
            {
                _current = new GuidanceSnapshot([.. live.Values.OrderBy(e => e.Id, StringComparer.Ordinal)], _current.Version + 1);
            }

            return new ReloadOutcome(broken, good, scan.Unreadable, changed, _current);
        }
    }
}
