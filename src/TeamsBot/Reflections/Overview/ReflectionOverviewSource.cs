using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Reflections.Mine;

namespace TeamsBot.Reflections.Overview;

/// <summary>
/// The reflections' section of <c>/overblik</c>: completion per counsellor first, then per week the counts (never a
/// private text; topics and feelings only for a group of at least <see cref="ReflectionCounts.SmallestGroup"/>), then
/// the reflections shared with the coordinator.
/// </summary>
public sealed class ReflectionOverviewSource(IReflectionStore store, OrganisationClock clock, ReflectionLabels labels, Texts<Strings> texts) : IOverviewSource
{
    public async Task<OverviewSection> SectionAsync(OverviewRequest request, CancellationToken cancellationToken)
    {
        var weeks = request.Weeks;
        var start = clock.AtOrAcrossGap(weeks.Min(w => w.Monday), TimeOnly.MinValue);
        var until = clock.AtOrAcrossGap(weeks.Max(w => w.Sunday).AddDays(1), TimeOnly.MinValue);
        var reflections = await store.ListIssuedBetweenAsync(start, until, cancellationToken);

        var perWeek = ReflectionCounts.PerWeek(reflections, weeks, clock.DayOf);
        var shared = reflections.Where(ReflectionOverviewParts.IsReadable).OrderByDescending(r => r.IssuedAt).ToList();
        return new OverviewSection(texts["Section"], ReflectionFigures.For(perWeek, labels, texts))
        {
            Lead = ReflectionOverviewParts.Lead(perWeek[0], ReflectionCounts.PerCounsellor(reflections), texts),
            After = ReflectionOverviewParts.Shared(shared, labels, texts),
        };
    }
}
