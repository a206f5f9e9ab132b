using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>A form read: the slot or override it names, or every reason it names none.</summary>
public sealed record RosterForm<T>(T? Value, IReadOnlyList<RosterRefusal> Refusals)
    where T : class
{
    public bool IsValid => Value is not null;
}

/// <summary>
/// Reads the roster forms' raw values (card data can be forged or stale, so nothing is trusted): the weekday, times
/// and date in their exact formats, and people only from those the form offered (<see cref="RosterCandidates"/>). Whether the result overlaps what is
/// stored is decided when it is added (<see cref="RosterChanges"/>), against the roster as it is then.
/// </summary>
public static class RosterForms
{
    /// <summary>With every member offered (no supervisors configured).</summary>
    public static RosterForm<WeeklySlot> ReadSlot(SlotFormValues values, IReadOnlyCollection<Person> offered, string id) =>
        ReadSlot(values, RosterCandidates.Everyone(offered), id);

    public static RosterForm<WeeklySlot> ReadSlot(SlotFormValues values, RosterCandidates candidates, string id)
    {
        List<RosterRefusal> refusals = [];
        var day = RosterInputs.WeekdayOf(values.Weekday);
        Refuse(refusals, day is null, RosterRefusalReason.InvalidWeekday);
        var (start, end) = ReadTimes(values.Start, values.End, refusals);
        var primary = Pick(values.Primary, candidates, RosterRefusalReason.UnknownPrimary, refusals);
        var backup = string.IsNullOrEmpty(values.Backup) ? null : Pick(values.Backup, candidates, RosterRefusalReason.UnknownBackup, refusals);
        Refuse(refusals, RosterPeople.Same(primary, backup), RosterRefusalReason.BackupIsPrimary);

        return refusals.Count > 0
            ? new(null, refusals)
            : new(new WeeklySlot(id, day!.Value, start!.Value, end!.Value, RosterPeople.Kept(primary!), backup is null ? null : RosterPeople.Kept(backup)), []);
    }

    /// <summary>
    /// An override's end before its start is on the next day (a night swap), the same rule as for slots; only an end
    /// equal to the start is refused. Whether it has already ended is checked when it is added, on the clock.
    /// </summary>
    public static RosterForm<DateOverride> ReadOverride(OverrideFormValues values, IReadOnlyCollection<Person> offered, string id) =>
        ReadOverride(values, RosterCandidates.Everyone(offered), id);

    /// <inheritdoc cref="ReadOverride(OverrideFormValues, IReadOnlyCollection{Person}, string)"/>
    public static RosterForm<DateOverride> ReadOverride(OverrideFormValues values, RosterCandidates candidates, string id)
    {
        List<RosterRefusal> refusals = [];
        var date = DayKey.Parse(values.Date);
        Refuse(refusals, date is null, RosterRefusalReason.InvalidDate);
        var (start, end) = ReadTimes(values.Start, values.End, refusals);
        var person = Pick(values.Person, candidates, RosterRefusalReason.UnknownPerson, refusals);

        return refusals.Count > 0
            ? new(null, refusals)
            : new(new DateOverride(id, date!.Value, start!.Value, end!.Value, RosterPeople.Kept(person!)), []);
    }

    /// <summary>A fresh id for a slot or override: random, so a forged one cannot name another's.</summary>
    public static string NewId() => RandomId.New();

    private static (TimeOnly? Start, TimeOnly? End) ReadTimes(string? startText, string? endText, List<RosterRefusal> refusals)
    {
        var (start, end) = (RosterInputs.TimeOf(startText), RosterInputs.TimeOf(endText));
        Refuse(refusals, start is null, RosterRefusalReason.InvalidStart);
        Refuse(refusals, end is null, RosterRefusalReason.InvalidEnd);
        Refuse(refusals, start is not null && start == end, RosterRefusalReason.EndEqualsStart);
        return (start, end);
    }

    /// <summary>The member the value names, if the form offered them; else null and why (not a member, or not a supervisor).</summary>
    private static Person? Pick(string? key, RosterCandidates candidates, RosterRefusalReason unknown, List<RosterRefusal> refusals)
    {
        var member = string.IsNullOrEmpty(key) ? null
            : candidates.Members.FirstOrDefault(p => string.Equals(RosterPeople.KeyOf(p), key, StringComparison.Ordinal));
        if (member is not null && candidates.IsOffered(member))
        {
            return member;
        }

        refusals.Add(member is null ? new RosterRefusal(unknown) : new RosterRefusal(RosterRefusalReason.NotASupervisor, Person: member));
        return null;
    }

    private static void Refuse(List<RosterRefusal> refusals, bool when, RosterRefusalReason reason)
    {
        if (when)
        {
            refusals.Add(new RosterRefusal(reason));
        }
    }
}
