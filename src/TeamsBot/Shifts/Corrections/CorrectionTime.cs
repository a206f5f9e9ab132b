using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>How a corrected check-out time (parsed by <see cref="CommandTime"/>) becomes an instant.</summary>
public static class CorrectionTime
{
    /// <summary>
    /// The instant a time of day means for a shift: on the check-in's local day, or, when that is before the
    /// check-in, the day after if that has come (a night shift ending at 01:00). Otherwise the time stays on the
    /// check-in day, so it is refused as before the check-in rather than as in the future.
    /// </summary>
    public static DateTimeOffset Resolve(TimeOnly time, DateTimeOffset checkedInAt, OrganisationClock clock)
    {
        var checkInDay = clock.DayOf(checkedInAt);
        var sameDay = clock.AtOrAcrossGap(checkInDay, time);
        var nextDay = clock.AtOrAcrossGap(checkInDay.AddDays(1), time);
        return sameDay < checkedInAt && nextDay <= clock.Now ? nextDay : sameDay;
    }
}
