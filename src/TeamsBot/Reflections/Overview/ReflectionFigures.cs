using System.Globalization;
using TeamsBot.Localization;
using TeamsBot.Overview;
using TeamsBot.Reflections.Mine;

namespace TeamsBot.Reflections.Overview;

/// <summary>How the reflections' weekly counts read under each week of <c>/overblik</c>.</summary>
public static class ReflectionFigures
{
    public const string Nothing = "–";

    public static IReadOnlyList<OverviewFigure> For(IReadOnlyList<ReflectionWeek> weeks, ReflectionLabels labels, Texts texts) =>
    [
        OverviewFigure.Counted(texts["Figure.Calls"], weeks.Select(w => w.Calls)),
        Figure(texts["Figure.Completed"], weeks, w => Share(w.Completed, w.Calls, texts)),
        Figure(texts["Figure.ContactForms"], weeks, w => List(w.ContactForms.OrderBy(c => c.Key).Select(c => $"{labels.ContactForm(c.Key)} {Count(c.Value)}"))),
        OverviewFigure.Counted(texts["Figure.Minutes"], weeks.Select(w => w.Minutes)),
        Figure(texts["Figure.Topics"], weeks, w => Breakdown(w, w.Topics?.OrderByDescending(t => t.Value).ThenBy(t => labels.TopicOrder(t.Key))
            .Select(t => $"{labels.Topic(t.Key)} {Count(t.Value)}"), texts)),
        Figure(texts["Figure.Feelings"], weeks, w => Breakdown(w, w.Feelings?.OrderBy(f => f.Key).Select(f => texts.Get("Feeling.Count", f.Key, f.Value)), texts)),
        OverviewFigure.Counted(texts["Figure.ChildConcerns"], weeks.Select(w => w.ChildConcerns)),
        Figure(texts["Figure.Sparring"], weeks, w => Sparring(w, labels)),
    ];

    /// <summary>"8 af 10 (80 %)"; a dash when there is nothing to share out.</summary>
    public static string Share(int part, int whole, Texts texts) =>
        whole == 0 ? Nothing : texts.Get("Share", part, whole, (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero));

    private static OverviewFigure Figure(string label, IReadOnlyList<ReflectionWeek> weeks, Func<ReflectionWeek, string> value) => new(label, [.. weeks.Select(value)]);

    // Topics and feelings: a dash without answers, "too few" when the group rule holds them back.
    private static string Breakdown(ReflectionWeek week, IEnumerable<string>? parts, Texts texts) =>
        week.Completed == 0 ? Nothing : parts is null ? texts["TooFew"] : List(parts);

    private static string Sparring(ReflectionWeek week, ReflectionLabels labels)
    {
        var total = week.SparringNeeds.Values.Sum();
        return total == 0 ? Count(0) : $"{Count(total)} ({string.Join(ReflectionLabels.Separator, week.SparringNeeds.OrderBy(n => n.Key).Select(n => $"{labels.Sparring(n.Key)} {Count(n.Value)}"))})";
    }

    private static string List(IEnumerable<string> parts) => string.Join(ReflectionLabels.Separator, parts) is { Length: > 0 } list ? list : Nothing;

    private static string Count(int count) => count.ToString(CultureInfo.CurrentCulture);
}
