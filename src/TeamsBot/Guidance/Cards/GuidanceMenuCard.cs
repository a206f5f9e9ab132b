using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Guidance.Cards;

/// <summary>
/// The answer when there is nothing to show as matches: an empty <c>/vejledning</c> lists the procedures, an empty
/// <c>/henvis</c> the referral categories (the tags), and a search without a match says so and offers the closest tags.
/// Every choice is a button that runs the search (or shows the procedure).
/// </summary>
public static class GuidanceMenuCard
{
    /// <summary>Teams shows up to six buttons in a row set; five keeps long titles readable.</summary>
    private const int ButtonsPerRow = 5;

    private const int MaxChoices = 40;

    /// <summary>An empty search: the procedures (by title), or the referral categories.</summary>
    public static AdaptiveCard List(GuidanceKind kind, GuidanceSnapshot snapshot, Texts texts)
    {
        var key = GuidanceResultsCard.KindKey(kind);
        List<CardElement> body = [TextBlock.Heading(texts[$"Menu.{key}.Title"])];
        var buttons = kind == GuidanceKind.Procedure
            ? snapshot.OfKind(GuidanceKind.Procedure).OrderBy(e => e.Title, StringComparer.CurrentCulture)
                .Select(e => ExecuteAction.For(SafeCardText.Line(e.Title, 60), GuidanceSearchPress.For(kind, entryId: e.Id))).ToList()
            : TagButtons(kind, Categories(snapshot));
        body.Add(new TextBlock(texts[buttons.Count == 0 ? $"Menu.{key}.Empty" : $"Menu.{key}.Intro"]));
        body.AddRange(Rows(buttons));
        return new AdaptiveCard(body) { Speak = texts[$"Menu.{key}.Title"] };
    }

    /// <summary>"Ingen match for »x«. Prøv: skilsmisse, vold." with those tags as buttons (every category when none is close).</summary>
    public static AdaptiveCard NoMatch(GuidanceKind kind, string words, IReadOnlyList<string> suggestions, GuidanceSnapshot snapshot, Texts texts)
    {
        var key = GuidanceResultsCard.KindKey(kind);
        var tags = suggestions.Count > 0 ? suggestions.Take(ButtonsPerRow * 2).ToList() : Categories(snapshot, kind).Take(ButtonsPerRow * 2).ToList();
        var line = texts.Get("NoMatch", SafeCardText.Line(words, GuidanceQuery.MaxEcho));
        if (tags.Count > 0)
        {
            line += " " + texts.Get("NoMatch.Try", string.Join(", ", tags.Select(t => SafeCardText.Line(t, 40))));
        }

        List<CardElement> body = [TextBlock.Heading(texts[$"Results.{key}.Title"]), new TextBlock(line), .. Rows(TagButtons(kind, tags))];
        return new AdaptiveCard(body) { Speak = texts[$"Results.{key}.Title"] };
    }

    /// <summary>The tags of <paramref name="kind"/>'s entries, the most used first, each once whatever its case.</summary>
    public static IReadOnlyList<string> Categories(GuidanceSnapshot snapshot, GuidanceKind kind = GuidanceKind.Referral) =>
        [.. snapshot.OfKind(kind).SelectMany(e => e.Tags).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())
            .GroupBy(t => t, StringComparer.CurrentCultureIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => g.Key).Take(MaxChoices)];

    private static List<ExecuteAction> TagButtons(GuidanceKind kind, IEnumerable<string> tags) =>
        [.. tags.Select(t => ExecuteAction.For(SafeCardText.Line(t, 40), GuidanceSearchPress.For(kind, GuidanceQuery.Clean(t))))];

    private static IEnumerable<CardElement> Rows(IReadOnlyList<CardAction> buttons) =>
        buttons.Chunk(ButtonsPerRow).Select(row => new ActionSet(row) { Spacing = "Small" });
}
