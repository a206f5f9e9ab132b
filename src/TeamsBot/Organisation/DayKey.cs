using System.Globalization;

namespace TeamsBot.Organisation;

/// <summary>The one way a local day is written in keys, card data and table rows: <c>yyyy-MM-dd</c>.</summary>
public static class DayKey
{
    public const string Format = "yyyy-MM-dd";

    public static string Of(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
