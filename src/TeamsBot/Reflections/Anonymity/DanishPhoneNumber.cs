using System.Globalization;

namespace TeamsBot.Reflections.Anonymity;

/// <summary>
/// The one place where eight digits in the 4-4 grouping are <em>not</em> taken for a phone number: joined by a
/// dash, "2015-2019" is a span of years and "0800-1600" a span of clock times, both ordinary in a reflection.
/// Written with a space, or with a +45/0045 prefix, they are still taken for a phone number.
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
        return from < to && ((IsYear(from) && IsYear(to)) || (IsClockTime(from) && IsClockTime(to)));
    }

    private static bool IsYear(int value) => value is >= 1900 and <= 2099;

    private static bool IsClockTime(int value) => value / 100 <= 24 && value % 100 <= 59;
}
