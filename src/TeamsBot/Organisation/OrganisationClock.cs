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
}
