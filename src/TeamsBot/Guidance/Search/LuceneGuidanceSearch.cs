using System.Diagnostics;

namespace TeamsBot.Guidance.Search;

/// <summary>
/// <see cref="IGuidanceSearch"/> over the live guidance directory: the index follows <see cref="IGuidanceDirectory.Current"/>,
/// rebuilt the first time a search sees a new snapshot (one thread builds, the others wait for it rather than build
/// the same index twice). A search is then a read of an immutable index: cheap and safe from any thread.
/// </summary>
public sealed class LuceneGuidanceSearch(IGuidanceDirectory directory, ILogger<LuceneGuidanceSearch> logger) : IGuidanceSearch
{
    private readonly Lock rebuilding = new();
    private GuidanceSearchIndex? index;

    public GuidanceResults Search(string query, GuidanceKind kind, int take = 3) =>
        IndexOf(directory.Current).Search(query ?? string.Empty, kind, take);

    private GuidanceSearchIndex IndexOf(GuidanceSnapshot snapshot)
    {
        var known = Volatile.Read(ref index);
        if (known is not null && ReferenceEquals(known.Snapshot, snapshot))
        {
            return known;
        }

        lock (rebuilding)
        {
            known = index;
            if (known is not null && ReferenceEquals(known.Snapshot, snapshot))
            {
                return known;
            }

            var started = Stopwatch.GetTimestamp();
            var built = GuidanceSearchIndex.Build(snapshot);
            GuidanceSearchLog.Indexed(logger, snapshot.Version, snapshot.Entries.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Volatile.Write(ref index, built);
            return built;
        }
    }
}
