using System.Globalization;

namespace TeamsBot.Reflections.Anonymity;

/// <summary>
/// Whether ten digits DDMMYY-SSSS are a date-valid CPR number. No modulus 11 check: numbers issued since 2007
/// need not satisfy it. The century is the one the CPR office assigns from the 7th digit (the first of SSSS)
/// and the year, so 29 February is valid only in a leap year of that century.
/// </summary>
internal static class CprNumber
{
    public static bool IsDateValid(string dd, string mm, string yy, char seventh)
    {
        var day = Parse(dd);
        var month = Parse(mm);
        var yearOfCentury = Parse(yy);
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var year = Century(seventh - '0', yearOfCentury) + yearOfCentury;
        return day <= DateTime.DaysInMonth(year, month);
    }

    // The CPR office's table: 0–3 → 1900s; 4 and 9 → 2000s up to 36, else 1900s; 5–8 → 2000s up to 57, else 1800s.
    private static int Century(int seventh, int yearOfCentury) => seventh switch
    {
        <= 3 => 1900,
        4 or 9 => yearOfCentury <= 36 ? 2000 : 1900,
        _ => yearOfCentury <= 57 ? 2000 : 1800,
    };

    private static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
