using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>The coordinators' overview: per week, newest first, each feature's figures.</summary>
public static class OverviewCard
{
    public static AdaptiveCard Build(IReadOnlyList<IsoWeek> weeks, IReadOnlyList<OverviewSection> sections, Texts texts)
    {
        var title = texts["Overview.Title"];
        List<CardElement> body = [TextBlock.Heading(title), new TextBlock(texts["Overview.Intro"]) { IsSubtle = true }];
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            List<CardElement> items =
            [
                new TextBlock(texts.Get("Overview.Week", week.Week, Day(week.Monday), Day(week.Sunday))) { Weight = "Bolder" },
            ];
            foreach (var section in sections)
            {
                var index = i;
                items.Add(new TextBlock(section.Heading) { IsSubtle = true, Spacing = "Small" });
                items.Add(new FactSet([.. section.Figures.Select(f => new Fact(f.Label, f.PerWeek[index].ToString(CultureInfo.CurrentCulture)))]));
            }

            body.Add(new Container(items) { Separator = true, Spacing = "Medium" });
        }

        return new AdaptiveCard(body) { Speak = title };
    }

    // "d. MMM" reads "23. nov." in Danish; English has no ordinal dot, so each language has its own pattern.
    private static string Day(DateOnly day) => day.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "d. MMM" : "d MMM", CultureInfo.CurrentCulture);
}
