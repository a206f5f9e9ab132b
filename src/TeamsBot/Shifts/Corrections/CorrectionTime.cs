using System.Globalization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>How a typed check-out time becomes an instant.</summary>
public static class CorrectionTime
{
    // Teams' time input sends 18:30; people typing in Danish write 18.30.
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    /// <summary>A time of day as typed or sent by the time input, or null when it is not one (e.g. 25:00).</summary>
    public static TimeOnly? Parse(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>
    /// The instant a time of day means for a shift: on the check-in's local day, or, when that is before the
    /// check-in, the day after if that has come (a night shift ending at 01:00). Otherwise the time stays on the
    /// check-in day, so it is refused as before the check-in rather than as in the future.
    /// </summary>
    public static DateTimeOffset Resolve(TimeOnly time, DateTimeOffset checkedInAt, OrganisationClock clock)
    {
        var checkInDay = clock.DayOf(checkedInAt);
        var sameDay = At(checkInDay, time, clock.Zone);
        var nextDay = At(checkInDay.AddDays(1), time, clock.Zone);
        return sameDay < checkedInAt && nextDay <= clock.Now ? nextDay : sameDay;
    }

    /// <summary>A local wall-clock time as an instant; a time skipped by a DST change counts in the offset before it.</summary>
    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
