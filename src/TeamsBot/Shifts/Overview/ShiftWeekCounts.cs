using TeamsBot.Overview;

namespace TeamsBot.Shifts;

/// <summary>The shift rituals counted in one week.</summary>
public sealed record ShiftWeekCounts(IsoWeek Week, int CheckIns, int CheckOuts, int AutoClosed, int ClosedDown)
{
    /// <summary>
    /// Counts each event in the week of its own local day: a check-in by its check-in, a check-out or an automatic
    /// close by its check-out, a close-down press by its press. Events outside the weeks are left out.
    /// </summary>
    public static IReadOnlyList<ShiftWeekCounts> Count(IEnumerable<Shift> shifts, IReadOnlyList<IsoWeek> weeks, Func<DateTimeOffset, DateOnly> localDay)
    {
        var counts = weeks.ToDictionary(w => w, w => new ShiftWeekCounts(w, 0, 0, 0, 0));
        void Add(DateTimeOffset? at, Func<ShiftWeekCounts, ShiftWeekCounts> add)
        {
            if (at is { } instant && IsoWeek.Of(localDay(instant)) is var week && counts.TryGetValue(week, out var current))
            {
                counts[week] = add(current);
            }
        }

        foreach (var shift in shifts)
        {
            Add(shift.CheckedInAt, c => c with { CheckIns = c.CheckIns + 1 });
            Add(shift.End == ShiftEnd.CheckedOut ? shift.CheckedOutAt : null, c => c with { CheckOuts = c.CheckOuts + 1 });
            Add(shift.End == ShiftEnd.ClosedByBot ? shift.CheckedOutAt : null, c => c with { AutoClosed = c.AutoClosed + 1 });
            Add(shift.ClosedDownAt, c => c with { ClosedDown = c.ClosedDown + 1 });
        }

        return [.. weeks.Select(w => counts[w])];
    }
}
