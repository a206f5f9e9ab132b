using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>
/// A stretch of time with the same people on call: the primary (an override's person where one applies, else the
/// slot's) and the slot's backup, if any. Times are in the organisation's local offset.
/// </summary>
public sealed record OnCallPeriod(DateTimeOffset From, DateTimeOffset Until, Person Primary, Person? Backup, bool IsOverride);

/// <summary>A stretch of time with nobody on call.</summary>
public sealed record RosterGap(DateTimeOffset From, DateTimeOffset Until);

/// <summary>Who is on call from <paramref name="From"/> until <paramref name="Until"/>, and when nobody is.</summary>
public sealed record RosterWeek(DateTimeOffset From, DateTimeOffset Until, IReadOnlyList<OnCallPeriod> Periods, IReadOnlyList<RosterGap> Gaps)
{
    /// <summary>Who is on call at <see cref="From"/>; null when the stretch begins with a gap.</summary>
    public OnCallPeriod? Current => Periods is [var first, ..] && first.From == From ? first : null;
}

/// <summary>
/// Who is on call when, from a roster and the organisation's clock.
/// </summary>
/// <remarks>
/// <para>Each slot occurs on each of its weekdays from its local start to its local end (the next day when it crosses
/// midnight); each override on its date. Local times become instants through <see cref="OrganisationClock.AtOrAcrossGap"/>,
/// the one mapping the app has, for both ends alike: so a slot that ends where the next begins still does across a
/// clock change, and a night slot is an hour shorter or longer on the nights the clocks change.</para>
/// <para>A time the clocks skip in spring (02:30) counts in the offset before the change, as RFC 5545 (iCalendar) has
/// it: 02:30 is 03:30 summer time that night. A time that occurs twice in autumn is the later one.</para>
/// <para>Only there can two slots the forms let through share real time (one ending 02:30, one starting 03:00 that
/// spring night), and an occurrence can come out empty (02:30–03:15 that night), which is skipped. Where occurrences
/// share time, the one that started later has taken over, as at any handover; likewise between overrides.</para>
/// </remarks>
public sealed class RosterResolver(OrganisationClock clock)
{
    /// <summary>How far ahead the roster is shown and its gaps looked for.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    /// <summary>Who is on call at <paramref name="instant"/> and until when (looking at most <see cref="Horizon"/> ahead); null when nobody is.</summary>
    public OnCallPeriod? At(Roster roster, DateTimeOffset instant) => Between(roster, instant, instant + Horizon).Current;

    /// <summary>Who is on call now; null when nobody is.</summary>
    public OnCallPeriod? Now(Roster roster) => At(roster, clock.Now);

    /// <summary>The next seven days from now: who is on call, and the gaps.</summary>
    public RosterWeek NextSevenDays(Roster roster) => Between(roster, clock.Now, clock.Now + Horizon);

    /// <summary>Who is on call between two instants, and when nobody is; adjacent stretches of the same people are one.</summary>
    public RosterWeek Between(Roster roster, DateTimeOffset from, DateTimeOffset until)
    {
        var spans = SlotSpans(roster, from, until).Concat(OverrideSpans(roster, from, until)).ToList();
        var bounds = spans.SelectMany(s => new[] { s.From, s.Until }).Where(b => b > from && b < until)
            .Append(from).Append(until).Distinct().Order().ToList();

        List<OnCallPeriod> periods = [];
        List<RosterGap> gaps = [];
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (start, end) = (clock.Local(bounds[i]), clock.Local(bounds[i + 1]));
            var slot = Latest(spans.Where(s => s.Slot is not null), start)?.Slot;
            var replaced = Latest(spans.Where(s => s.Override is not null), start)?.Override;
            if ((replaced?.Person ?? slot?.Primary) is not { } primary)
            {
                AddGap(gaps, start, end);
                continue;
            }

            var backup = RosterPeople.Same(slot?.Backup, primary) ? null : slot?.Backup;
            AddPeriod(periods, new OnCallPeriod(start, end, primary, backup, replaced is not null));
        }

        return new RosterWeek(clock.Local(from), clock.Local(until), periods, gaps);
    }

    private IEnumerable<Span> SlotSpans(Roster roster, DateTimeOffset from, DateTimeOffset until)
    {
        // A slot that began the day before can still run into the window.
        for (var day = clock.DayOf(from).AddDays(-1); day <= clock.DayOf(until); day = day.AddDays(1))
        {
            foreach (var slot in roster.Slots.Where(s => s.Day == day.DayOfWeek))
            {
                var start = clock.AtOrAcrossGap(day, slot.Start);
                var end = clock.AtOrAcrossGap(slot.CrossesMidnight ? day.AddDays(1) : day, slot.End);
                if (end > start && end > from && start < until)
                {
                    yield return new Span(start, end, slot, null);
                }
            }
        }
    }

    private IEnumerable<Span> OverrideSpans(Roster roster, DateTimeOffset from, DateTimeOffset until)
    {
        foreach (var item in roster.Overrides)
        {
            var start = clock.AtOrAcrossGap(item.Date, item.Start);
            var end = clock.AtOrAcrossGap(item.EndDate, item.End);
            if (end > start && end > from && start < until)
            {
                yield return new Span(start, end, null, item);
            }
        }
    }

    /// <summary>Of the spans running at <paramref name="instant"/>, the one that started last (ties by id, so always the same).</summary>
    private static Span? Latest(IEnumerable<Span> spans, DateTimeOffset instant) =>
        spans.Where(s => s.From <= instant && instant < s.Until)
            .OrderByDescending(s => s.From).ThenBy(s => s.Slot?.Id ?? s.Override?.Id, StringComparer.Ordinal)
            .Select(s => (Span?)s).FirstOrDefault();

    private static void AddPeriod(List<OnCallPeriod> periods, OnCallPeriod period)
    {
        if (periods.Count > 0 && periods[^1] is var last && last.Until == period.From && last.IsOverride == period.IsOverride
            && RosterPeople.Same(last.Primary, period.Primary) && SameOrBothNone(last.Backup, period.Backup))
        {
            periods[^1] = last with { Until = period.Until };
            return;
        }

        periods.Add(period);
    }

    private static void AddGap(List<RosterGap> gaps, DateTimeOffset from, DateTimeOffset until)
    {
        if (gaps.Count > 0 && gaps[^1].Until == from)
        {
            gaps[^1] = gaps[^1] with { Until = until };
            return;
        }

        gaps.Add(new RosterGap(from, until));
    }

    private static bool SameOrBothNone(Person? a, Person? b) => a is null ? b is null : RosterPeople.Same(a, b);

    private readonly record struct Span(DateTimeOffset From, DateTimeOffset Until, WeeklySlot? Slot, DateOverride? Override);
}
