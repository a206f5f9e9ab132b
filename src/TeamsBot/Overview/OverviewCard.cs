using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Overview;

/// <summary>
/// The coordinators' overview: what the sections want seen first, then per week (newest first) each section's figures,
/// then what the sections show for the whole period.
/// </summary>
public static class OverviewCard
{
    public static AdaptiveCard Build(IReadOnlyList<IsoWeek> weeks, IReadOnlyList<OverviewSection> sections, Texts texts)
    {
        var title = texts["Overview.Title"];
        List<CardElement> body = [TextBlock.Heading(title), new TextBlock(texts["Overview.Intro"]) { IsSubtle = true }];
        body.AddRange(sections.Where(s => s.Lead.Count > 0).Select(s => Part(s.Lead)));
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            List<CardElement> items =
            [
                new TextBlock(texts.Get("Overview.Week", week.Week, Day(week.Monday), Day(week.Sunday))) { Weight = "Bolder" },
            ];
            foreach (var section in sections.Where(s => s.Figures.Count > 0))
            {
                var index = i;
                items.Add(new TextBlock(section.Heading) { IsSubtle = true, Spacing = "Small" });
                items.Add(new FactSet([.. section.Figures.Select(f => new Fact(f.Label, f.PerWeek[index]))]));
            }

            body.Add(new Container(items) { Separator = true, Spacing = "Medium" });
        }

        body.AddRange(sections.Where(s => s.After.Count > 0).Select(s => Part(s.After)));
        return new AdaptiveCard(body) { Speak = title };
    }

    private static Container Part(IReadOnlyList<CardElement> elements) => new(elements) { Separator = true, Spacing = "Medium" };

    // "d. MMM" reads "23. nov." in Danish; English has no ordinal dot, so each language has its own pattern.
    private static string Day(DateOnly day) => day.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "d. MMM" : "d MMM", CultureInfo.CurrentCulture);
}
