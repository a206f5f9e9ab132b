namespace TeamsBot.Guidance.Content;

/// <summary>
/// The instant a local day and wall-clock time name in a zone, for opening hours. Unlike a person's appointment, an
/// opening must never be refused, so every local time maps to one instant: a time the clocks skip (spring forward)
/// is the moment they skip to, and a time that occurs twice (fall back) is the later one, as
/// <c>OrganisationClock.At</c> reads it.
/// </summary>
internal static class ZoneTimes
{
    public static DateTimeOffset At(TimeZoneInfo zone, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Min());
        }

        return zone.IsInvalidTime(local) ? EndOfGap(zone, local) : new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The instant the clocks jump over <paramref name="local"/>: the first instant whose offset is the new one.</summary>
    private static DateTimeOffset EndOfGap(TimeZoneInfo zone, DateTime local)
    {
        var before = zone.GetUtcOffset(local.AddDays(-1));
        var after = zone.GetUtcOffset(local.AddDays(1));
        var low = new DateTimeOffset(local, TimeSpan.Zero) - after;   // still in the old offset
        var high = new DateTimeOffset(local, TimeSpan.Zero) - before; // already in the new offset
        while (high - low > TimeSpan.FromSeconds(1))
        {
            var middle = low + ((high - low) / 2);
            if (zone.GetUtcOffset(middle) == after)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        var seconds = high.ToUnixTimeSeconds(); // transitions fall on whole seconds
        return TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), zone);
    }
}
