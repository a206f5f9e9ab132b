namespace TeamsBot.Guidance.Search;

/// <summary>The index's fields and how much a match in each weighs: title and tags most, then summary, then body.</summary>
public static class SearchFields
{
    public const string Title = "title";
    public const string Tags = "tags";
    public const string Summary = "summary";
    public const string Audience = "audience";
    public const string Body = "body";
    public const string Kind = "kind";
    public const string Ordinal = "ord";

    public static readonly IReadOnlyList<(string Field, float Weight)> Weighted =
    [
        (Title, 4f),
        (Tags, 4f),
        (Summary, 2f),
        (Audience, 1.5f),
        (Body, 1f),
    ];

    /// <summary>Typos are looked for where a counsellor's word is most likely meant: names, tags and summaries.</summary>
    public static bool AllowsFuzzy(string field) => field is Title or Tags or Summary;

    public static string KindValue(GuidanceKind kind) => kind == GuidanceKind.Procedure ? "procedure" : "referral";
}
