using Microsoft.Extensions.Options;

namespace TeamsBot.Organisation;

/// <summary>"Now" and "today" in the organisation's time zone. Every feature asks this, never <see cref="DateTime.Now"/>.</summary>
public sealed class OrganisationClock
{
    private readonly TimeProvider _time;

    public OrganisationClock(TimeProvider time, IOptions<OrganisationOptions> options)
    {
        _time = time;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset Now => _time.GetUtcNow();

    public DateOnly Today => DayOf(Now);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// The instant a local day and time name; null for a time the clocks skip (spring forward). A time that occurs
    /// twice (fall back) is the later one, which is what a person means by "18:30" on such a day far more often.
    /// </summary>
    public DateTimeOffset? At(DateOnly day, TimeOnly time) =>
        Zone.IsInvalidTime(day.ToDateTime(time, DateTimeKind.Unspecified)) ? null : AtOrAcrossGap(day, time);

    /// <summary>
    /// Like <see cref="At"/>, but a time the clocks skip counts in the offset before the gap (an hour later in real
    /// time), for callers that would rather place such a time than refuse it.
    /// </summary>
    public DateTimeOffset AtOrAcrossGap(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Min() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
