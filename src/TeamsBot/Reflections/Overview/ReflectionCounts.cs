using TeamsBot.Organisation;
using TeamsBot.Overview;

namespace TeamsBot.Reflections.Overview;

/// <summary>
/// One week's reflections as coordinators may see them: counts only, never a private text. <see cref="Topics"/> and
/// <see cref="Feelings"/> are null when the week's group is too small to show them (see <see cref="ReflectionCounts.SmallestGroup"/>).
/// </summary>
public sealed record ReflectionWeek(
    IsoWeek Week,
    int Calls,
    int Completed,
    IReadOnlyDictionary<ContactForm, int> ContactForms,
    int Minutes,
    int ChildConcerns,
    IReadOnlyDictionary<SparringNeed, int> SparringNeeds,
    IReadOnlyDictionary<string, int>? Topics,
    IReadOnlyDictionary<int, int>? Feelings);

/// <summary>One counsellor's calls (forms sent) and completed reflections in the period, so a coordinator can follow up.</summary>
public sealed record CounsellorReflections(Person Counsellor, int Calls, int Completed);

/// <summary>The coordinators' counts of reflections.</summary>
public static class ReflectionCounts
{
    /// <summary>
    /// The group rule: a week's breakdown of topics and feelings is shown only when its completed reflections come
    /// from at least this many different counsellors, so no one's answers can be picked out of it.
    /// </summary>
    public const int SmallestGroup = 3;

    /// <summary>
    /// Counts each form in the week of its local issue day (a call is registered when its form is sent; its reflection
    /// counts as completed in the same week, whenever it was submitted). A form its counsellor deleted counts nowhere:
    /// deleting withdraws it. Forms outside the weeks are left out.
    /// </summary>
    public static IReadOnlyList<ReflectionWeek> PerWeek(IEnumerable<Reflection> reflections, IReadOnlyList<IsoWeek> weeks, Func<DateTimeOffset, DateOnly> localDay)
    {
        var byWeek = Counted(reflections).ToLookup(r => IsoWeek.Of(localDay(r.IssuedAt)));
        return [.. weeks.Select(week => Week(week, [.. byWeek[week]]))];
    }

    /// <summary>Per counsellor who registered a call in the period: calls and completed reflections, lowest completion first.</summary>
    public static IReadOnlyList<CounsellorReflections> PerCounsellor(IEnumerable<Reflection> reflections) =>
        [.. Counted(reflections)
            .GroupBy(r => r.Counsellor.TeamsId, StringComparer.Ordinal)
            .Select(g => new CounsellorReflections(g.MaxBy(r => r.IssuedAt)!.Counsellor, g.Count(), g.Count(IsCompleted)))
            .OrderBy(c => (double)c.Completed / c.Calls)
            .ThenBy(c => c.Counsellor.Name, StringComparer.CurrentCulture)];

    private static IEnumerable<Reflection> Counted(IEnumerable<Reflection> reflections) =>
        reflections.Where(r => r.State != ReflectionState.Deleted);

    private static bool IsCompleted(Reflection reflection) => reflection is { State: ReflectionState.Submitted, Answers: not null };

    private static ReflectionWeek Week(IsoWeek week, IReadOnlyList<Reflection> forms)
    {
        var answers = forms.Where(IsCompleted).Select(r => (r.Counsellor.TeamsId, Answers: r.Answers!)).ToList();
        // Topics and feeling are optional, so each breakdown counts the people who answered it: three who completed a
        // form but one who gave a feeling would show that one person's feeling.
        bool EnoughPeople(Func<ReflectionAnswers, bool> answered) =>
            answers.Where(a => answered(a.Answers)).Select(a => a.TeamsId).Distinct(StringComparer.Ordinal).Count() >= SmallestGroup;
        return new ReflectionWeek(
            week,
            forms.Count,
            answers.Count,
            Tally(answers.Select(a => a.Answers.ContactForm)),
            answers.Sum(a => a.Answers.Minutes),
            answers.Count(a => a.Answers.ChildConcern),
            Tally(answers.Select(a => a.Answers.Sparring).Where(n => n != SparringNeed.None)),
            EnoughPeople(a => a.Topics.Count > 0) ? Tally(answers.SelectMany(a => a.Answers.Topics)) : null,
            EnoughPeople(a => a.Feeling is not null) ? Tally(answers.Select(a => a.Answers.Feeling).OfType<int>()) : null);
    }

    private static Dictionary<TKey, int> Tally<TKey>(IEnumerable<TKey> values)
        where TKey : notnull =>
        values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
}
