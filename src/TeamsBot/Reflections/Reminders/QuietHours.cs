using TeamsBot.Organisation;

namespace TeamsBot.Reflections;

/// <summary>
/// A reminder is gentle only if it does not come at night: between 22:00 and 07:00 organisation time it waits for
/// 07:00. The hours are fixed rather than configured, as the issue names them and no one has asked to move them.
/// </summary>
public static class QuietHours
{
    public static readonly TimeOnly Start = new(22, 0);

    public static readonly TimeOnly End = new(7, 0);

    /// <summary><paramref name="instant"/> itself when it falls outside the quiet hours, else the 07:00 that ends them.</summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset instant, OrganisationClock clock)
    {
        var local = clock.Local(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (time >= End && time < Start)
        {
            return instant;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        return clock.AtOrAcrossGap(time >= Start ? day.AddDays(1) : day, End);
    }
}
