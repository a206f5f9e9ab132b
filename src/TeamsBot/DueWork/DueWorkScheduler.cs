namespace TeamsBot.DueWork;

/// <summary>
/// Schedules by writing the row (the truth) and then the queue message (the timer). A crash between the two leaves a row
/// without a timer, which the processor's reconcile pass still runs once it is due.
/// </summary>
/// <remarks>
/// The handlers are looked up when work is first scheduled, not when the scheduler is built: a handler may itself
/// schedule work (a reminder held back until the morning), and building the handlers to build the scheduler it needs
/// would be a cycle.
/// </remarks>
internal sealed class DueWorkScheduler(DueWorkTable table, DueWorkQueue queue, IServiceProvider services, TimeProvider time) : IDueWork
{
    private DueWorkHandlers Handlers => services.GetRequiredService<DueWorkHandlers>();

    public async Task ScheduleAsync(string kind, string key, DateTimeOffset dueAt, string? payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(key);
        if (Handlers.For(kind) is null)
        {
            throw new InvalidOperationException($"No due-work handler for the kind '{kind}'; register one with AddDueWorkHandler.");
        }

        await ScheduleAsync(DueWorkRow.New(new DueItem(kind, key, dueAt, payload)), cancellationToken);
    }

    public Task<bool> CancelAsync(string kind, string key, CancellationToken cancellationToken) =>
        // The message stays behind and is dropped when it surfaces and finds no row.
        table.DeleteAsync(kind, key, cancellationToken);

    public async Task ScheduleAsync(DueWorkRow row, CancellationToken cancellationToken)
    {
        var stored = await table.ReplaceAsync(row, cancellationToken);
        await SendTimerAsync(stored, cancellationToken);
    }

    /// <summary>Replaces a row this instance has claimed (its ETag unchanged) with its next schedule; false if it changed meanwhile.</summary>
    public async Task<bool> TryRescheduleAsync(DueWorkRow claimed, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var next = DueWorkRow.New(claimed.Item with { DueAt = dueAt }) with { ETag = claimed.ETag };
        if (await table.TryUpdateAsync(next, cancellationToken) is not { } stored)
        {
            return false;
        }

        await SendTimerAsync(stored, cancellationToken);
        return true;
    }

    /// <summary>Adds a row unless one exists (several instances starting at once ensure the same recurring row).</summary>
    public async Task<bool> TryAddAsync(DueItem item, CancellationToken cancellationToken)
    {
        if (await table.AddIfAbsentAsync(DueWorkRow.New(item), cancellationToken) is not { } stored)
        {
            return false;
        }

        await SendTimerAsync(stored, cancellationToken);
        return true;
    }

    private Task SendTimerAsync(DueWorkRow row, CancellationToken cancellationToken) =>
        queue.SendAsync(row, row.Item.DueAt - time.GetUtcNow(), cancellationToken);
}
