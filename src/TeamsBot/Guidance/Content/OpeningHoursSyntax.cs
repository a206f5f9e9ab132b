using System.Globalization;
using System.Text.RegularExpressions;
using TeamsBot.Shifts;

namespace TeamsBot.Guidance.Content;

/// <summary>One line of a content file's <c>hours</c>, read: the spans it gives, or that it says 24/7.</summary>
public sealed record HoursLine(IReadOnlyList<OpeningSpan> Spans, bool AlwaysOpen);

/// <summary>
/// Reads one entry of <c>hours</c> as coordinators write it by hand: <c>24/7</c>, or days then one time range:
/// <c>mon-fri 09:00-15:00</c>, <c>thu 17:00-19:00</c>, <c>sat,sun 10:00-14:00</c>. Days in English or Danish
/// (<c>man tir ons tor fre lør søn</c>, also <c>lor</c>/<c>loer</c>, <c>son</c>/<c>soen</c>, and whole names), any
/// case; a day range may wrap (<c>fri-mon</c>). Times as <c>9</c>, <c>09:00</c> or <c>09.00</c>, ranges with '-' or
/// '–'. <c>24:00</c> is midnight at the end of the day. A closing time not after the opening runs past midnight
/// (<c>fri 22:00-02:00</c>), and <c>00:00-24:00</c> is the whole day; a range that opens and closes at the same
/// time (<c>09:00-09:00</c>) is refused as unclear.
/// </summary>
public static partial class OpeningHoursSyntax
{
    public static bool TryParse(string text, out HoursLine hours, out (ProblemCode Code, string Word) problem)
    {
        hours = new HoursLine([], false);
        problem = default;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed is "24/7")
        {
            hours = new HoursLine([], AlwaysOpen: true);
            return true;
        }

        // Day names hold no digits, so the times start at the first digit; spaces around dashes are forgiven.
        var split = trimmed.AsSpan().IndexOfAnyInRange('0', '9');
        if (split <= 0)
        {
            problem = (ProblemCode.HoursShape, trimmed);
            return false;
        }

        if (!TryDays(Dashes().Replace(trimmed[..split], "-"), out var days, out var badDay))
        {
            problem = (ProblemCode.UnknownDay, badDay);
            return false;
        }

        var range = string.Concat(trimmed[split..].Where(c => !char.IsWhiteSpace(c)));
        var dash = range.IndexOfAny(['-', '–']);
        if (dash <= 0)
        {
            problem = (ProblemCode.HoursShape, trimmed);
            return false;
        }

        var (fromText, toText) = (range[..dash], range[(dash + 1)..]);
        if (!TryTime(fromText, allowMidnightEnd: false, out var from))
        {
            problem = (ProblemCode.BadTime, fromText);
            return false;
        }

        if (!TryTime(toText, allowMidnightEnd: true, out var to))
        {
            problem = (ProblemCode.BadTime, toText);
            return false;
        }

        if (from == to && !IsMidnightEnd(toText))
        {
            problem = (ProblemCode.EqualTimes, range);
            return false;
        }

        hours = new HoursLine([.. days.Select(d => new OpeningSpan(d, from, to))], AlwaysOpen: false);
        return true;
    }

    private static bool TryDays(string text, out List<DayOfWeek> days, out string badDay)
    {
        days = [];
        badDay = string.Empty;
        foreach (var part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
            if (!DayNames.TryGetValue(ends[0], out var first))
            {
                badDay = ends[0];
                return false;
            }

            var last = first;
            if (ends.Length == 2 && !DayNames.TryGetValue(ends[1], out last))
            {
                badDay = ends[1];
                return false;
            }

            for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
            {
                if (!days.Contains(day))
                {
                    days.Add(day);
                }

                if (day == last)
                {
                    break;
                }
            }
        }

        return days.Count > 0;
    }

    private static bool TryTime(string text, bool allowMidnightEnd, out TimeOnly time)
    {
        time = default;
        if (allowMidnightEnd && IsMidnightEnd(text))
        {
            return true; // 24:00 is the end of the day: 00:00, which the span reads as the next midnight.
        }

        // As /checkout reads a time (18:30, 18.30, 9:05), and a bare hour too, as opening hours are often written.
        var trimmed = text.Trim();
        if (CommandTime.Parse(trimmed) is { } typed)
        {
            time = typed;
            return true;
        }

        return TimeOnly.TryParseExact(trimmed, BareHours, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static readonly string[] BareHours = ["%H", "HH"]; // "%H": a lone "H" would be read as a standard format

    private static bool IsMidnightEnd(string text) => text.Trim() is "24" or "24:00" or "24.00";

    private static readonly Dictionary<string, DayOfWeek> DayNames = Names(
        (DayOfWeek.Monday, ["mon", "monday", "man", "mandag"]),
        (DayOfWeek.Tuesday, ["tue", "tues", "tuesday", "tir", "tirsdag"]),
        (DayOfWeek.Wednesday, ["wed", "wednesday", "ons", "onsdag"]),
        (DayOfWeek.Thursday, ["thu", "thur", "thurs", "thursday", "tor", "torsdag"]),
        (DayOfWeek.Friday, ["fri", "friday", "fre", "fredag"]),
        (DayOfWeek.Saturday, ["sat", "saturday", "lør", "lor", "loer", "lørdag", "lordag", "loerdag"]),
        (DayOfWeek.Sunday, ["sun", "sunday", "søn", "son", "soen", "søndag", "sondag", "soendag"]));

    private static Dictionary<string, DayOfWeek> Names(params (DayOfWeek Day, string[] Names)[] days) =>
        days.SelectMany(d => d.Names.Select(n => (n, d.Day))).ToDictionary(p => p.n, p => p.Day, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s*[-–]\s*")]
    private static partial Regex Dashes();
}
