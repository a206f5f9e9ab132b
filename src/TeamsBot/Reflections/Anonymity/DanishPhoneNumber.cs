using System.Globalization;

namespace TeamsBot.Reflections.Anonymity;

/// <summary>
/// The one place where eight digits in the 4-4 grouping are <em>not</em> taken for a phone number: joined by a
/// dash, "1998-2004" is a span of years and "0800-1600" or "1800-0200" a span of clock times, ordinary in a
/// reflection. Only when the first half starts with 0 or 1, which no Danish subscriber number does: "2130-2245" and
/// "2015-2019" are written like mobile numbers in the 20–24 series, so they are caught (write "2015 til 2019").
/// Written with a space, or with a +45/0045 prefix, they are always taken for a phone number.
/// </summary>
internal static class DanishPhoneNumber
{
    public static bool IsRangeRatherThanNumber(string first, string separator, string second, bool hasPrefix)
    {
        if (hasPrefix || separator is not ("-" or "–" or "‑"))
        {
            return false;
        }

        var from = int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture);
        var to = int.Parse(second, NumberStyles.None, CultureInfo.InvariantCulture);
        return first[0] is '0' or '1'
            && ((IsYear(from) && IsYear(to) && from < to) || (IsClockTime(from) && IsClockTime(to)));
    }

    private static bool IsYear(int value) => value is >= 1900 and <= 2099;

    private static bool IsClockTime(int value) => value / 100 <= 24 && value % 100 <= 59;
}
