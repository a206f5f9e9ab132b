using Microsoft.Extensions.Options;

namespace TeamsBot.DueWork;

/// <summary>What became of a message's item: finished with (delete the message), or look again after a while.</summary>
internal readonly record struct RunOutcome(bool Finished, TimeSpan LookAgainIn)
{
    public static readonly RunOutcome Done = new(true, TimeSpan.Zero);

    public static RunOutcome Later(TimeSpan delay) => new(false, delay);
}

/// <summary>
/// Runs one due item: checks the row still holds the schedule asked for and is due, claims it with its ETag so that no
/// other instance runs it too, runs the handler, and then removes the row (or, for recurring work, schedules the next
/// run; for a failure, notes the attempt and rests the item until its retry). Both the queue and the reconcile pass come here.
/// </summary>
internal sealed class DueWorkRunner(
    DueWorkTable table, DueWorkScheduler scheduler, DueWorkHandlers handlers, TimeProvider time, IOptions<DueWorkOptions> options, ILogger<DueWorkRunner> log)
{
    /// <summary>How soon to look again at an item another instance claimed just before us.</summary>
    private static readonly TimeSpan LostRace = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>Runs every item due by now (by the app's clock) whose timer has not fired: a lost message, or a fake clock in tests.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        await foreach (var row in table.DueByAsync(time.GetUtcNow(), cancellationToken))
        {
            if ((await RunAsync(row, cancellationToken)).Finished)
            {
                ran++;
            }
        }

        return ran;
    }

    /// <summary>Runs the item a timer message names, if the row still holds that schedule.</summary>
    public async Task<RunOutcome> RunAsync(DueWorkMessage message, CancellationToken cancellationToken)
    {
        var row = await table.GetAsync(message.Kind, message.Key, cancellationToken);
        return row is null || row.Version != message.Version || row.Failed
            ? RunOutcome.Done // Cancelled, rescheduled (the new schedule has its own message), run already, or given up on.
            : await RunAsync(row, cancellationToken);
    }

    private async Task<RunOutcome> RunAsync(DueWorkRow row, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (row.Item.DueAt > now)
        {
            return RunOutcome.Later(row.Item.DueAt - now);
        }

        if (row.IsHeldAt(now))
        {
            return RunOutcome.Later(row.ClaimedUntil!.Value - now);
        }

        if (handlers.For(row.Item.Kind) is not { } handler)
        {
            // Perhaps an instance of a newer version scheduled it during a rolling deployment: leave it for one that knows the kind.
            Log.NoHandler(log, row.Item.Kind);
            return RunOutcome.Later(options.Value.ReconcileInterval);
        }

        var claimed = await table.TryUpdateAsync(row with { ClaimedUntil = now + options.Value.ClaimDuration }, cancellationToken);
        if (claimed is null)
        {
            return RunOutcome.Later(LostRace);
        }

        Telemetry.BotMetrics.DueWorkLateness.Record((now - claimed.Item.DueAt).TotalSeconds, new KeyValuePair<string, object?>(Telemetry.BotMetrics.DueWorkKindTag, claimed.Item.Kind));
        try
        {
            using var claimRunsOut = new CancellationTokenSource(options.Value.ClaimDuration, time);
            using var handlerToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, claimRunsOut.Token);
            await handler.HandleAsync(claimed.Item, handlerToken.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: hand the item back so the next instance to start runs it at once, not after the claim.
            await table.TryUpdateAsync(claimed with { ClaimedUntil = null }, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            return await FailedAsync(claimed, e, cancellationToken);
        }

        await FinishAsync(claimed, cancellationToken);
        return RunOutcome.Done;
    }

    private async Task FinishAsync(DueWorkRow claimed, CancellationToken cancellationToken)
    {
        if (handlers.RecurringFor(claimed.Item.Kind) is { } recurring)
        {
            var next = claimed.Item.DueAt + recurring.Interval;
            var now = time.GetUtcNow();
            // After a long outage, one catch-up run is enough: the next follows a whole interval later.
            await scheduler.TryRescheduleAsync(claimed, next > now ? next : now + recurring.Interval, cancellationToken);
        }
        else
        {
            // Fails harmlessly when the item was rescheduled while it ran: that new schedule stands.
            await table.TryDeleteAsync(claimed, cancellationToken);
        }
    }

    private async Task<RunOutcome> FailedAsync(DueWorkRow claimed, Exception error, CancellationToken cancellationToken)
    {
        var attempts = claimed.Attempts + 1;
        var item = claimed.Item;
        if (attempts < options.Value.MaxAttempts)
        {
            var delay = RetryDelay(attempts);
            Log.HandlerFailed(log, error, item.Kind, item.Key, attempts, options.Value.MaxAttempts, delay);
            await table.TryUpdateAsync(claimed with { Attempts = attempts, ClaimedUntil = time.GetUtcNow() + delay }, cancellationToken);
            return RunOutcome.Later(delay);
        }

        Log.GaveUp(log, error, item.Kind, item.Key, attempts);
        if (handlers.RecurringFor(item.Kind) is { } recurring)
        {
            await scheduler.TryRescheduleAsync(claimed, time.GetUtcNow() + recurring.Interval, cancellationToken);
        }
        else
        {
            // Kept, not deleted, so the failure can be found in the table; a new schedule of the same key replaces it.
            await table.TryUpdateAsync(claimed with { Attempts = attempts, ClaimedUntil = null, Failed = true }, cancellationToken);
        }

        return RunOutcome.Done;
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = options.Value.RetryDelay * Math.Pow(2, attempts - 1);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
