using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Sparring;

namespace TeamsBot.Tests.Sparring;

/// <summary>People, slots and clocks the roster tests build from: Europe/Copenhagen, the default zone.</summary>
internal static class RosterSamples
{
    public static readonly Person Anne = new("29:anne", "Anne Holm", "6f0c1a52-0000-4000-8000-00000000a001");
    public static readonly Person Bo = new("29:bo", "Bo Hansen", "6f0c1a52-0000-4000-8000-00000000b002");
    public static readonly Person Carl = new("29:carl", "Carl Berg", "6f0c1a52-0000-4000-8000-00000000c003");

    public static IReadOnlyList<Person> Team { get; } = [Anne, Bo, Carl];

    public static TimeSpan Cet => TimeSpan.FromHours(1);

    public static TimeSpan Cest => TimeSpan.FromHours(2);

    public static OrganisationClock ClockAt(DateTimeOffset now) =>
        new(new FakeTimeProvider(now), Options.Create(new OrganisationOptions { TimeZone = "Europe/Copenhagen" }));

    public static RosterResolver ResolverAt(DateTimeOffset now) => new(ClockAt(now));

    public static TimeOnly T(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static WeeklySlot Slot(DayOfWeek day, string start, string end, Person primary, Person? backup = null) =>
        new(RosterForms.NewId(), day, T(start), T(end), primary, backup);

    public static DateOverride Override(DateOnly date, string start, string end, Person person) =>
        new(RosterForms.NewId(), date, T(start), T(end), person);

    public static Roster RosterOf(params WeeklySlot[] slots) => new(slots, []);
}
