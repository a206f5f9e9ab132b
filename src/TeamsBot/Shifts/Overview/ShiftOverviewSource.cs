using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Overview;

namespace TeamsBot.Shifts;

/// <summary>The shifts feature's figures for <c>/overblik</c>: check-ins, check-outs, automatic closes and close-down presses.</summary>
public sealed class ShiftOverviewSource(ICoordinatorShiftStore store, OrganisationClock clock, Texts<Strings> texts) : IOverviewSource
{
    public async Task<OverviewSection> SectionAsync(OverviewRequest request, CancellationToken cancellationToken)
    {
        // Closed rows are filed by check-out day, so one range over the weeks (and the open rows) holds nearly every
        // event in them. Left out: a close-down pressed early in the oldest week for a shift checked out before it.
        var weeks = request.Weeks;
        var from = weeks.Min(w => w.Monday);
        var until = weeks.Max(w => w.Sunday).AddDays(1);
        var shifts = await store.GetPeriodAcrossChannelsAsync(from, until, cancellationToken);
        var counts = ShiftWeekCounts.Count(shifts, weeks, clock.DayOf);
        return new OverviewSection(texts["Overview.Shifts"],
        [
            OverviewFigure.Counted(texts["Overview.CheckIns"], counts.Select(c => c.CheckIns)),
            OverviewFigure.Counted(texts["Overview.CheckOuts"], counts.Select(c => c.CheckOuts)),
            OverviewFigure.Counted(texts["Overview.AutoClosed"], counts.Select(c => c.AutoClosed)),
            OverviewFigure.Counted(texts["Overview.ClosedDown"], counts.Select(c => c.ClosedDown)),
        ]);
    }
}
