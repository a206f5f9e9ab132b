using Microsoft.Extensions.Logging.Abstractions;
using TeamsBot.Guidance;
using TeamsBot.Guidance.Content;
using TeamsBot.Guidance.Search;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Guidance.Search;

/// <summary>Entries and directories for search tests: hand-made entries, or the repository's real sample content.</summary>
public static class SearchEntries
{
    public static GuidanceEntry Referral(string title, string summary = "", string[]? tags = null, string body = "") =>
        new($"henvisninger/{title}.md", GuidanceKind.Referral, title, summary, tags ?? [], null, null, null, null, OpeningHours.Unknown, body);

    public static GuidanceEntry Procedure(string title, string summary = "", string[]? tags = null, string body = "") =>
        Referral(title, summary, tags, body) with { Id = $"procedurer/{title}.md", Kind = GuidanceKind.Procedure };

    public static LuceneGuidanceSearch SearchOver(params GuidanceEntry[] entries) =>
        new(new SettableDirectory(new GuidanceSnapshot(entries, 1)), NullLogger<LuceneGuidanceSearch>.Instance);

    /// <summary>The repository's content/ folder read by the bot's own loader; fails on any broken file.</summary>
    public static GuidanceSnapshot SampleContent()
    {
        var scan = GuidanceFolderLoader.LoadAll(RepoPaths.InRepo("content"));
        var broken = scan.Files.Values.Where(f => f.Parsed.Entry is null || f.Parsed.Problems.Count > 0).ToList();
        Assert.True(broken.Count == 0, "sample files with problems: " + string.Join("; ", broken.Select(f => f.Id + ": " + string.Join(", ", f.Parsed.Problems))));
        return new GuidanceContentDirectory().Apply(scan).Snapshot; // as the bot makes it live
    }
}

public sealed class SettableDirectory(GuidanceSnapshot current) : IGuidanceDirectory
{
    public GuidanceSnapshot Current { get; set; } = current;
}
