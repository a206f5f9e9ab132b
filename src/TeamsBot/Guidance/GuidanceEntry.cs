namespace TeamsBot.Guidance;

/// <summary>What a content file describes: a service to refer a caller to, or a procedure for the counsellor.</summary>
public enum GuidanceKind
{
    Referral,
    Procedure,
}

/// <summary>
/// One content file of the guidance folder, as the coordinator wrote it (front matter + Markdown body). Values are
/// as written, trimmed; nothing here is rendered yet: cards escape and check links when they show it.
/// </summary>
/// <param name="Id">The file's path relative to the content folder with '/' separators (e.g. <c>henvisninger/headspace.md</c>): stable across reloads, so a "Vis mere" button can name it.</param>
/// <param name="Ages">The ages the service is for (<c>ages: 0-17</c>), or null when not given.</param>
/// <param name="Hours">Weekly opening hours and closed dates; <see cref="OpeningHours.Unknown"/> when the file gives none.</param>
public sealed record GuidanceEntry(
    string Id,
    GuidanceKind Kind,
    string Title,
    string Summary,
    IReadOnlyList<string> Tags,
    string? Audience,
    AgeRange? Ages,
    string? Phone,
    string? Url,
    OpeningHours Hours,
    string Body);

/// <summary>An inclusive range of ages in years (<c>0-17</c>, or one age: <c>18</c>).</summary>
public sealed record AgeRange(int From, int To);
