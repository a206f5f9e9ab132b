namespace TeamsBot.Guidance;

/// <summary>
/// When a service answers, as the content file's <c>hours</c> and <c>closed</c> say, in the organisation's time zone
/// (<c>Shifts:TimeZone</c>). Whether it is open at a moment is <c>OpeningHoursStatus.StatusAt</c>.
/// </summary>
/// <param name="Spans">Weekly spans; a span whose <see cref="OpeningSpan.To"/> is not after its <see cref="OpeningSpan.From"/> runs past midnight into the next day.</param>
/// <param name="AlwaysOpen">The file says <c>["24/7"]</c>.</param>
/// <param name="Closed">Local dates on which the service is closed whatever its weekly hours say.</param>
public sealed record OpeningHours(IReadOnlyList<OpeningSpan> Spans, bool AlwaysOpen, IReadOnlyList<DateOnly> Closed)
{
    /// <summary>No hours given: a card says nothing about being open.</summary>
    public static readonly OpeningHours Unknown = new([], AlwaysOpen: false, []);

    public bool IsKnown => AlwaysOpen || Spans.Count > 0;
}

/// <summary>One weekly opening: a day and the local times it opens and closes.</summary>
public sealed record OpeningSpan(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>Whether a service is open at a moment, and the next change (local time in the organisation's zone).</summary>
/// <param name="Next">When open: when it closes (null when always open); when closed: when it next opens (null when never within the coming weeks).</param>
public sealed record OpeningStatus(OpeningState State, DateTimeOffset? Next);

public enum OpeningState
{
    /// <summary>No hours given.</summary>
    Unknown,
    Open,
    Closed,
}
