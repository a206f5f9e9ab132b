using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Guidance.Cards;

/// <summary>One match and whether it is open at the moment the card is made.</summary>
public sealed record GuidanceHit(GuidanceEntry Entry, OpeningStatus Status);

/// <summary>
/// What a search found: the best matches (at most three) for <see cref="Words"/> (already cleaned: letters, digits and
/// spaces only; null for one entry shown from a list), at <see cref="Now"/> in <see cref="Zone"/> (the organisation's).
/// </summary>
public sealed record GuidanceResultsView(GuidanceKind Kind, string? Words, IReadOnlyList<GuidanceHit> Hits, DateTimeOffset Now, TimeZoneInfo Zone);

/// <summary>
/// The answer to <c>/henvis skilsmisse</c> or <c>/vejledning underretning</c>: per match its title, summary (which carries
/// a sample file's "eksempel" marker), opening status, audience and ages, phone as a <c>tel:</c> button, web address as
/// a button (only http/https; anything else as text), and "Vis mere" unfolding the body in place.
/// </summary>
public static class GuidanceResultsCard
{
    public const int MaxHits = 3;

    public static AdaptiveCard Build(GuidanceResultsView view, Texts texts)
    {
        var kind = KindKey(view.Kind);
        List<CardElement> body = [TextBlock.Heading(texts[$"Results.{kind}.Title"])];
        if (!string.IsNullOrEmpty(view.Words))
        {
            body.Add(new TextBlock(texts.Get("Results.For", SafeCardText.Line(view.Words, GuidanceQuery.MaxEcho))) { IsSubtle = true, Spacing = "None" });
        }

        var number = 0;
        foreach (var hit in view.Hits.Take(MaxHits))
        {
            body.Add(Entry(hit, ++number, view, texts));
        }

        CardAction[] actions = [ExecuteAction.For(texts[$"Results.All.{kind}"], GuidanceSearchPress.For(view.Kind))];
        return new AdaptiveCard(body, actions) { Speak = texts[$"Results.{kind}.Title"] };
    }

    internal static string KindKey(GuidanceKind kind) => kind == GuidanceKind.Procedure ? "Procedure" : "Referral";

    private static Container Entry(GuidanceHit hit, int number, GuidanceResultsView view, Texts texts)
    {
        var entry = hit.Entry;
        List<CardElement> items = [new TextBlock(SafeCardText.Line(entry.Title, 120)) { Weight = "Bolder", Size = "Medium" }];
        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            items.Add(new TextBlock(SafeCardText.Line(entry.Summary, 300)) { Spacing = "Small" });
        }

        if (OpeningStatusLine.Format(entry.Hours, hit.Status, view.Now, view.Zone, texts) is { } status)
        {
            items.Add(new TextBlock(status) { Weight = "Bolder", Color = OpeningStatusLine.Color(hit.Status), Spacing = "Small" });
        }

        if (ForWhom(entry, texts) is { } forWhom)
        {
            items.Add(new TextBlock(forWhom) { IsSubtle = true, Spacing = "Small" });
        }

        List<CardAction> actions = [];
        if (!string.IsNullOrWhiteSpace(entry.Phone))
        {
            var spoken = SafeCardText.Line(GuidanceLinks.Spoken(entry.Phone), 40);
            items.Add(new TextBlock(texts.Get("Entry.Phone", spoken)) { Spacing = "Small" });
            if (GuidanceLinks.Tel(entry.Phone) is { } tel)
            {
                actions.Add(new OpenUrlAction(texts.Get("Entry.Call", spoken), tel));
            }
        }

        if (!string.IsNullOrWhiteSpace(entry.Url))
        {
            if (GuidanceLinks.Web(entry.Url) is { } web)
            {
                actions.Add(new OpenUrlAction(texts["Entry.Web"], web));
            }
            else
            {
                items.Add(new TextBlock(texts.Get("Entry.WebText", SafeCardText.Line(entry.Url, 200))) { Spacing = "Small" });
            }
        }

        var (blocks, cut) = GuidanceBody.Render(entry.Body);
        if (blocks.Count > 0)
        {
            var id = $"guidance-body-{number.ToString(CultureInfo.InvariantCulture)}";
            List<CardElement> shown = [.. blocks];
            if (cut)
            {
                shown.Add(new TextBlock(texts["Entry.Cut"]) { IsSubtle = true });
            }

            items.Add(new Container(shown) { Id = id, IsVisible = false });
            actions.Add(new ToggleVisibilityAction(texts["Entry.More"], [id]));
        }

        if (actions.Count > 0)
        {
            items.Add(new ActionSet(actions));
        }

        return new Container(items) { Separator = true, Spacing = "Medium" };
    }

    /// <summary>"For: Forældre · 0–17 år", or null when the file says neither.</summary>
    private static string? ForWhom(GuidanceEntry entry, Texts texts)
    {
        var ages = entry.Ages switch
        {
            null => null,
            { From: var from, To: var to } when from == to => texts.Get("Entry.Age", from),
            { From: var from, To: var to } => texts.Get("Entry.Ages", from, to),
        };
        var audience = string.IsNullOrWhiteSpace(entry.Audience) ? null : SafeCardText.Line(entry.Audience, 80);
        string[] parts = [.. new[] { audience, ages }.OfType<string>()];
        return parts.Length == 0 ? null : texts.Get("Entry.Audience", string.Join(" · ", parts));
    }
}
