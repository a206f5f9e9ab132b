using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>
/// A weekly recurring on-call slot: every <paramref name="Day"/> from <paramref name="Start"/> to <paramref name="End"/>
/// local time. An end at or before the start is on the next day (22:00–07:00 is a night), so a slot lasts less than a
/// day, or exactly one when end equals start (which the form refuses as ambiguous).
/// </summary>
public sealed record WeeklySlot(string Id, DayOfWeek Day, TimeOnly Start, TimeOnly End, Person Primary, Person? Backup)
{
    public bool CrossesMidnight => End <= Start;

    /// <summary>Its length on a day without a clock change.</summary>
    public TimeSpan Length => End == Start ? TimeSpan.FromDays(1) : End - Start;   // TimeOnly's difference wraps midnight
}

/// <summary>
/// A one-off change on a date: <paramref name="Person"/> is on call from <paramref name="Start"/> to
/// <paramref name="End"/> local time instead of whoever the weekly slots name as primary (a swap, an illness); a
/// slot's backup stays. An end before the start is on the next day, as for slots: a night can be swapped in one.
/// </summary>
public sealed record DateOverride(string Id, DateOnly Date, TimeOnly Start, TimeOnly End, Person Person)
{
    public bool CrossesMidnight => End <= Start;

    /// <summary>The local day it ends on.</summary>
    public DateOnly EndDate => CrossesMidnight ? Date.AddDays(1) : Date;

    /// <summary>Its local start and end as wall-clock times (no offset): what overlaps are judged by.</summary>
    public (DateTime From, DateTime To) Local => (Date.ToDateTime(Start), EndDate.ToDateTime(End));
}

/// <summary>One duty team's on-call roster: its weekly slots and its date overrides.</summary>
public sealed record Roster(IReadOnlyList<WeeklySlot> Slots, IReadOnlyList<DateOverride> Overrides)
{
    /// <summary>
    /// At most this many slots and overrides: more than any real roster holds (a handful of slots, a few overrides
    /// ahead), and a whole roster is one table row. The store also refuses a change that would not fit its row.
    /// </summary>
    public const int MaxSlots = 50;

    /// <inheritdoc cref="MaxSlots"/>
    public const int MaxOverrides = 60;

    public static Roster Empty { get; } = new([], []);

    /// <summary>No slot and no override: the team keeps no roster (cards then show the configured contact).</summary>
    public bool IsEmpty => Slots.Count == 0 && Overrides.Count == 0;
}

/// <summary>How the roster tells people apart and names them in card data.</summary>
public static class RosterPeople
{
    /// <summary>
    /// The value that stands for a person in a form's choice and in the roster: the Entra object id (what roles are
    /// configured by and a 1:1 chat can be opened with), or the Teams id for someone Teams sent none for.
    /// </summary>
    public static string KeyOf(Person person) => person.EntraId ?? person.TeamsId;

    public static bool Same(Person? a, Person? b) =>
        a is not null && b is not null && string.Equals(KeyOf(a), KeyOf(b), StringComparison.Ordinal);

    /// <summary>What the roster keeps of a person: no locale, which is theirs to change in Teams.</summary>
    public static Person Kept(Person person) => new(person.TeamsId, person.Name, person.EntraId);
}
