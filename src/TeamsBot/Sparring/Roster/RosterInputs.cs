using System.Globalization;

namespace TeamsBot.Sparring;

/// <summary>
/// The roster forms' input ids and the values they submit: a contract, kept exactly as the issue names them.
/// People are submitted as <see cref="RosterPeople.KeyOf"/> of one of the people the form offered.
/// </summary>
public static class RosterInputs
{
    // The weekly slot form.
    public const string Weekday = "weekday";
    public const string Start = "start";
    public const string End = "end";
    public const string Primary = "primary";
    public const string Backup = "backup";

    // The date override form (with Start and End).
    public const string Date = "date";
    public const string Person = "person";

    /// <summary>Times of day: two-digit hours and minutes, what Input.Time submits.</summary>
    public const string TimeFormat = "HH:mm";

    /// <summary>Monday first, as the week runs here.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary><c>monday</c>…<c>sunday</c>.</summary>
    public static string Value(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static string Value(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The weekday a submitted value names; null for anything but the seven exact values.</summary>
    public static DayOfWeek? WeekdayOf(string? value) =>
        Week.Select(d => (DayOfWeek?)d).FirstOrDefault(d => string.Equals(Value(d!.Value), value, StringComparison.Ordinal));

    /// <summary>The time a submitted value names; null unless it is exactly <c>HH:mm</c> with 00–23 and 00–59.</summary>
    public static TimeOnly? TimeOf(string? value) =>
        value is { Length: 5 } && TimeOnly.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time : null;
}

/// <summary>What a weekly slot form submitted, unchecked.</summary>
public sealed record SlotFormValues(string? Weekday, string? Start, string? End, string? Primary, string? Backup);

/// <summary>What a date override form submitted, unchecked.</summary>
public sealed record OverrideFormValues(string? Date, string? Start, string? End, string? Person);
