namespace TeamsBot.Sparring;

/// <summary>What an add came to: the roster after it, or the refusal and the roster unchanged.</summary>
public sealed record RosterChange(Roster Roster, RosterRefusal? Refusal)
{
    public bool Added => Refusal is null;
}

/// <summary>
/// Adding to and removing from a roster, as pure functions of the roster as stored, so the store can apply them again
/// to what a concurrent writer left (and so refuse the second of two overlapping adds).
/// </summary>
/// <remarks>
/// Overlaps are judged on local wall-clock times, as the coordinator wrote them: weekly slots on a circular week
/// (Sunday 22:00–07:00 runs into Monday), overrides on their dates. Touching ends (07:00 and 07:00) do not overlap.
/// A slot may overlap an override: replacing the primary is what an override is for.
/// </remarks>
public static class RosterChanges
{
    private const int MinutesPerDay = 24 * 60;
    private const int MinutesPerWeek = 7 * MinutesPerDay;

    public static RosterChange AddSlot(this Roster roster, WeeklySlot slot)
    {
        if (roster.Slots.FirstOrDefault(s => IsRepeat(s, slot)) is { } same)
        {
            return new(roster, new(RosterRefusalReason.SlotAlreadyThere, ConflictingSlot: same));
        }

        if (roster.Slots.FirstOrDefault(s => Overlap(s, slot)) is { } other)
        {
            return new(roster, new(RosterRefusalReason.OverlapsSlot, ConflictingSlot: other));
        }

        if (roster.Slots.Count >= Roster.MaxSlots)
        {
            return new(roster, new(RosterRefusalReason.RosterFull));
        }

        return new(roster with { Slots = [.. roster.Slots.Append(slot).OrderBy(WeekMinute).ThenBy(s => s.Id, StringComparer.Ordinal)] }, null);
    }

    /// <summary>
    /// Adds <paramref name="added"/> unless it has ended by <paramref name="localNow"/> (the organisation's wall
    /// clock) or overlaps another. Overrides that have ended are dropped on the way: they decide nothing any more.
    /// </summary>
    public static RosterChange AddOverride(this Roster roster, DateOverride added, DateTime localNow)
    {
        if (added.Local.To <= localNow)
        {
            return new(roster, new(RosterRefusalReason.OverrideInThePast));
        }

        var current = roster.Overrides.Where(o => o.Local.To > localNow).ToList();
        if (current.FirstOrDefault(o => IsRepeat(o, added)) is { } same)
        {
            return new(roster, new(RosterRefusalReason.OverrideAlreadyThere, ConflictingOverride: same));
        }

        if (current.FirstOrDefault(o => o.Local.From < added.Local.To && added.Local.From < o.Local.To) is { } other)
        {
            return new(roster, new(RosterRefusalReason.OverlapsOverride, ConflictingOverride: other));
        }

        if (current.Count >= Roster.MaxOverrides)
        {
            return new(roster, new(RosterRefusalReason.RosterFull));
        }

        return new(roster with { Overrides = [.. current.Append(added).OrderBy(o => o.Local.From).ThenBy(o => o.Id, StringComparer.Ordinal)] }, null);
    }

    /// <summary>The roster without the slot; null when it holds no slot with that id (removed already).</summary>
    public static Roster? RemoveSlot(this Roster roster, string slotId) =>
        roster.Slots.Any(s => s.Id == slotId) ? roster with { Slots = [.. roster.Slots.Where(s => s.Id != slotId)] } : null;

    /// <summary>The roster without the override; null when it holds no override with that id.</summary>
    public static Roster? RemoveOverride(this Roster roster, string overrideId) =>
        roster.Overrides.Any(o => o.Id == overrideId) ? roster with { Overrides = [.. roster.Overrides.Where(o => o.Id != overrideId)] } : null;

    /// <summary>Whether two weekly slots share any minute of the week.</summary>
    public static bool Overlap(WeeklySlot a, WeeklySlot b)
    {
        var (startA, startB) = (WeekMinute(a), WeekMinute(b));
        return Modulo(startB - startA, MinutesPerWeek) < Minutes(a) || Modulo(startA - startB, MinutesPerWeek) < Minutes(b);
    }

    /// <summary>Minutes from Monday 00:00 to the slot's start: Monday opens the week here, as in Denmark.</summary>
    private static int WeekMinute(WeeklySlot slot) => ((int)slot.Day + 6) % 7 * MinutesPerDay + (int)slot.Start.ToTimeSpan().TotalMinutes;

    private static int Minutes(WeeklySlot slot) => (int)slot.Length.TotalMinutes;

    private static int Modulo(int value, int modulus) => ((value % modulus) + modulus) % modulus;

    private static bool IsRepeat(WeeklySlot a, WeeklySlot b) =>
        a.Day == b.Day && a.Start == b.Start && a.End == b.End && RosterPeople.Same(a.Primary, b.Primary)
        && (a.Backup is null ? b.Backup is null : RosterPeople.Same(a.Backup, b.Backup));

    private static bool IsRepeat(DateOverride a, DateOverride b) =>
        a.Date == b.Date && a.Start == b.Start && a.End == b.End && RosterPeople.Same(a.Person, b.Person);
}
