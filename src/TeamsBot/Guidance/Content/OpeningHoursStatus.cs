using TeamsBot.Guidance.Content;

// In the contract's namespace, beside OpeningHours, so a card finds StatusAt without knowing where content is loaded.
namespace TeamsBot.Guidance;

/// <summary>
/// Whether a service is open at a moment, from its weekly spans and closed dates in the organisation's zone.
/// A span runs from its day at From to the same day at To, or, when To is not after From, to the next day at To
/// (so <c>fri 22:00-02:00</c> closes Saturday 02:00 and <c>00:00-24:00</c> is the whole day). A closed date cancels
/// the spans that start on it; a night span begun the evening before still ends as written. Spans that touch or
/// overlap are one opening (<c>mon 09:00-15:00</c> and <c>mon 15:00-17:00</c> close at 17). Local times are read
/// as <c>ZoneTimes</c> says across daylight-saving changes.
/// </summary>
public static class OpeningHoursStatus
{
    /// <summary>How far ahead the next opening or closing is looked for: long enough for a Christmas closure.</summary>
    public static readonly int LookAheadDays = 28;

    /// <param name="now">The moment asked about; the answer's <see cref="OpeningStatus.Next"/> is in <paramref name="zone"/>'s local offset.</param>
    public static OpeningStatus StatusAt(this OpeningHours hours, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        if (!hours.IsKnown)
        {
            return new OpeningStatus(OpeningState.Unknown, null);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var horizon = ZoneTimes.At(zone, today.AddDays(LookAheadDays), TimeOnly.MinValue);
        foreach (var (start, end) in Openings(hours, zone, today.AddDays(-1), today.AddDays(LookAheadDays)))
        {
            if (end <= now)
            {
                continue;
            }

            return start <= now
                ? new OpeningStatus(OpeningState.Open, end >= horizon ? null : end)
                : new OpeningStatus(OpeningState.Closed, start);
        }

        return new OpeningStatus(OpeningState.Closed, null);
    }

    /// <summary>The openings starting on the days from <paramref name="first"/> to <paramref name="last"/>, joined and in order.</summary>
    private static List<(DateTimeOffset Start, DateTimeOffset End)> Openings(OpeningHours hours, TimeZoneInfo zone, DateOnly first, DateOnly last)
    {
        var spans = hours.AlwaysOpen ? AroundTheClock : hours.Spans;
        var closed = hours.Closed.ToHashSet();
        var openings = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (closed.Contains(day))
            {
                continue;
            }

            foreach (var span in spans.Where(s => s.Day == day.DayOfWeek))
            {
                var endDay = span.To > span.From ? day : day.AddDays(1);
                var (start, end) = (ZoneTimes.At(zone, day, span.From), ZoneTimes.At(zone, endDay, span.To));
                if (end > start) // a span wholly inside a skipped hour never opens
                {
                    openings.Add((start, end));
                }
            }
        }

        openings.Sort((a, b) => a.Start.CompareTo(b.Start));
        var joined = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var opening in openings)
        {
            if (joined.Count > 0 && opening.Start <= joined[^1].End)
            {
                joined[^1] = (joined[^1].Start, Max(joined[^1].End, opening.End));
            }
            else
            {
                joined.Add(opening);
            }
        }

        return joined;
    }

    private static readonly OpeningSpan[] AroundTheClock =
        [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningSpan(d, TimeOnly.MinValue, TimeOnly.MinValue))];

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
