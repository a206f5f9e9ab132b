namespace TeamsBot.Guidance;

/// <summary>Finds guidance entries for a counsellor's search words, coping with Danish forms and typos.</summary>
public interface IGuidanceSearch
{
    /// <summary>The best <paramref name="take"/> entries of <paramref name="kind"/> for <paramref name="query"/>, best first.</summary>
    /// <returns>Hits, and when there are none, the tags closest to the query (for "did you mean").</returns>
    GuidanceResults Search(string query, GuidanceKind kind, int take = 3);
}

public sealed record GuidanceResults(IReadOnlyList<GuidanceEntry> Hits, IReadOnlyList<string> SuggestedTags)
{
    public static readonly GuidanceResults None = new([], []);
}
