namespace TeamsBot.DueWork;

/// <summary>Schedules work for later. It runs once, on one instance, within seconds of its time, even across restarts.</summary>
public interface IDueWork
{
    /// <summary>
    /// Schedules <paramref name="kind"/>/<paramref name="key"/> for <paramref name="dueAt"/>, replacing an earlier schedule of the
    /// same kind and key. A time already past runs at once. Throws when no handler is registered for the kind.
    /// </summary>
    Task ScheduleAsync(string kind, string key, DateTimeOffset dueAt, string? payload, CancellationToken cancellationToken);

    /// <summary>Cancels a schedule; false when there was none (never scheduled, already run or cancelled).</summary>
    Task<bool> CancelAsync(string kind, string key, CancellationToken cancellationToken);
}

/// <summary>Runs the due items of one kind. Register with <see cref="DueWorkServiceCollectionExtensions.AddDueWorkHandler{THandler}"/>.</summary>
public interface IDueWorkHandler
{
    string Kind { get; }

    /// <summary>
    /// Does the work. Runs at least once and, short of a crash mid-run, exactly once. An exception means "try again":
    /// the item is retried with back-off, a bounded number of times. Check the state the work applies to, so a repeat after
    /// a crash does no harm. Items due together run concurrently. The token is cancelled when the host stops or the
    /// claim on the item runs out.
    /// </summary>
    Task HandleAsync(DueItem item, CancellationToken cancellationToken);
}
