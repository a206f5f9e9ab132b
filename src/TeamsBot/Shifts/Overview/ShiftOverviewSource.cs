using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>The shifts feature's figures for <c>/overblik</c>: check-ins, check-outs, automatic closes and close-down presses.</summary>
public sealed class ShiftOverviewSource(ICoordinatorShiftStore store, OrganisationClock clock, Texts<Strings> texts) : IOverviewSource
{
    public async Task<OverviewSection> CountAsync(IReadOnlyList<IsoWeek> weeks, CancellationToken cancellationToken)
    {
        // Closed rows are filed by check-out day, so one range over the weeks (and the open rows) holds nearly every
        // event in them. Left out: a close-down pressed early in the oldest week for a shift checked out before it.
        var from = weeks.Min(w => w.Monday);
        var until = weeks.Max(w => w.Sunday).AddDays(1);
        var shifts = await store.GetPeriodAcrossChannelsAsync(from, until, cancellationToken);
        var counts = ShiftWeekCounts.Count(shifts, weeks, clock.DayOf);
        return new OverviewSection(texts["Overview.Shifts"],
        [
            new OverviewFigure(texts["Overview.CheckIns"], [.. counts.Select(c => c.CheckIns)]),
            new OverviewFigure(texts["Overview.CheckOuts"], [.. counts.Select(c => c.CheckOuts)]),
            new OverviewFigure(texts["Overview.AutoClosed"], [.. counts.Select(c => c.AutoClosed)]),
            new OverviewFigure(texts["Overview.ClosedDown"], [.. counts.Select(c => c.ClosedDown)]),
        ]);
    }
}
