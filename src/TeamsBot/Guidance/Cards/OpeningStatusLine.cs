using System.Globalization;
using TeamsBot.Localization;

namespace TeamsBot.Guidance.Cards;

/// <summary>
/// "Åben nu · lukker 15.00", "Lukket · åbner i morgen 09.00", "Lukket · åbner torsdag 17.00", "Døgnåben": a service's
/// opening status as one line, in the card's language, with times in the organisation's zone.
/// </summary>
public static class OpeningStatusLine
{
    /// <returns>The line, or null when the file gives no hours (the card then says nothing about being open).</returns>
    public static string? Format(OpeningHours hours, OpeningStatus status, DateTimeOffset now, TimeZoneInfo zone, Texts texts) => status.State switch
    {
        OpeningState.Open when status.Next is null => texts[hours.AlwaysOpen ? "Status.AlwaysOpen" : "Status.Open"],
        OpeningState.Open => texts.Get("Status.OpenCloses", When(status.Next.Value, now, zone, texts)),
        OpeningState.Closed when status.Next is null => texts["Status.Closed"],
        OpeningState.Closed => texts.Get("Status.ClosedOpens", When(status.Next.Value, now, zone, texts)),
        _ => null,
    };

    /// <summary>"15.00" today, "i morgen 09.00", "torsdag 17.00" within the week, "2. jan. 09.00" further off.</summary>
    private static string When(DateTimeOffset next, DateTimeOffset now, TimeZoneInfo zone, Texts texts)
    {
        var local = TimeZoneInfo.ConvertTime(next, zone);
        var days = DateOnly.FromDateTime(local.DateTime).DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).DayNumber;
        var time = Texts.Time(local);
        var culture = CultureInfo.CurrentCulture;
        return days switch
        {
            <= 0 => time,
            1 => texts.Get("Status.Tomorrow", time),
            < 7 => texts.Get("Status.Day", culture.DateTimeFormat.GetDayName(local.DayOfWeek), time),
            _ => texts.Get("Status.Day", local.ToString(culture.TwoLetterISOLanguageName == "da" ? "d. MMM" : "d MMM", culture), time),
        };
    }

    /// <summary>Open lines are green; the rest in the default colour.</summary>
    public static string? Color(OpeningStatus status) => status.State == OpeningState.Open ? "Good" : null;
}
