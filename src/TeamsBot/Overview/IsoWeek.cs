using System.Globalization;

namespace TeamsBot.Overview;

/// <summary>An ISO week (Monday first; week 1 holds the year's first Thursday), of local days in the organisation's time zone.</summary>
public sealed record IsoWeek(int Year, int Week)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
    }

    /// <summary>The week of <paramref name="today"/> and the <paramref name="count"/> − 1 before it, newest first.</summary>
    public static IReadOnlyList<IsoWeek> Recent(DateOnly today, int count) =>
        [.. Enumerable.Range(0, count).Select(back => Of(today.AddDays(-7 * back)))];
}
