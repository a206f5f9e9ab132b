using Microsoft.Extensions.Options;

namespace TeamsBot.Shifts;

/// <summary>"Now" and "today" in the organisation's time zone.</summary>
public sealed class ShiftClock
{
    private readonly TimeProvider _time;

    public ShiftClock(TimeProvider time, IOptions<ShiftOptions> options)
    {
        _time = time;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset Now => _time.GetUtcNow();

    public DateOnly Today => DayOf(Now);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
