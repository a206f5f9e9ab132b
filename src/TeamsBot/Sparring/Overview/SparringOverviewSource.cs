using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Overview;

namespace TeamsBot.Sparring.Overview;

/// <summary>
/// The sparring section of <c>/overblik</c>: first the requests nobody answered and the follow-ups asked for, then per
/// week how many requests, how many were taken, the median time until someone accepted, how many went unanswered
/// and how many ended with a follow-up asked for. Read without the note.
/// </summary>
public sealed class SparringOverviewSource(SparringRequestQuery query, EscalationLadder ladder, OrganisationClock clock, Texts<Strings> texts) : IOverviewSource
{
    public async Task<OverviewSection> SectionAsync(OverviewRequest request, CancellationToken cancellationToken)
    {
        var weeks = request.Weeks;
        var start = clock.AtOrAcrossGap(weeks.Min(w => w.Monday), TimeOnly.MinValue);
        var until = clock.AtOrAcrossGap(weeks.Max(w => w.Sunday).AddDays(1), TimeOnly.MinValue);
        var requests = await query.CreatedBetweenAsync(start, until, cancellationToken);
        return Section(requests, weeks, r => ladder.Next(r) is not null, clock, texts);
    }

    /// <summary>The section for these requests; <paramref name="hasNextStep"/> says whether the ladder has a step left for an open one.</summary>
    public static OverviewSection Section(IReadOnlyList<SparringRequest> requests, IReadOnlyList<IsoWeek> weeks, Func<SparringRequest, bool> hasNextStep,
        OrganisationClock clock, Texts texts)
    {
        List<(SparringRequest, Unanswered)> unanswered = [];
        foreach (var request in requests)
        {
            if (SparringCounts.WhyUnanswered(request, hasNextStep) is { } why)
            {
                unanswered.Add((request, why));
            }
        }

        return new OverviewSection(texts["Section"], SparringFigures.For(SparringCounts.PerWeek(requests, weeks, clock.DayOf, hasNextStep), texts))
        {
            Lead = SparringOverviewParts.Lead(unanswered, SparringCounts.RecentFollowUps(requests, clock.Now), clock, texts),
        };
    }
}
