using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace TeamsBot.DueWork;

/// <summary>
/// Fires due work on this instance: asks the queue for timers that have surfaced (about every second when idle) and runs
/// their items, and now and then reads the table for due items whose timer was lost. Every instance runs one; the claim in
/// <see cref="DueWorkRunner"/> makes sure an item still runs once.
/// </summary>
internal sealed class DueWorkProcessor(DueWorkQueue queue, DueWorkRunner runner, TimeProvider time, IOptions<DueWorkOptions> options, ILogger<DueWorkProcessor> log)
    : BackgroundService
{
    private bool _queueDown;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(PollAsync(stoppingToken), ReconcileAsync(stoppingToken));

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var received = 0;
            try
            {
                received = await PollOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                QueueFailed(e);
            }

            if (received == 0)
            {
                try
                {
                    // Real time, not the app's clock: the queue's timers run on the service's real time.
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Runs the items of the timers that have surfaced; how many there were.</summary>
    public async Task<int> PollOnceAsync(CancellationToken stoppingToken)
    {
        // Hidden while the handler runs, a little longer than the claim, so no other instance picks the message up meanwhile.
        var messages = await queue.ReceiveAsync(options.Value.ClaimDuration + TimeSpan.FromSeconds(30), stoppingToken);
        if (_queueDown)
        {
            _queueDown = false;
            Log.QueueBack(log);
        }

        await Task.WhenAll(messages.Select(m => HandleAsync(m, stoppingToken)));
        return messages.Count;
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            if (DueWorkQueue.Parse(message) is not { } timer)
            {
                Log.ForeignMessage(log, message.MessageId);
                await queue.DeleteAsync(message, stoppingToken);
                return;
            }

            var outcome = await runner.RunAsync(timer, stoppingToken);
            if (outcome.Finished)
            {
                await queue.DeleteAsync(message, stoppingToken);
            }
            else
            {
                await queue.HideAsync(message, outcome.LookAgainIn, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the message surfaces again by itself, and the item was handed back.
        }
        catch (Exception e)
        {
            // Storage trouble mid-way: the message surfaces again when its invisibility ends, and the row is still the truth.
            Log.MessageFailed(log, e);
        }
    }

    private async Task ReconcileAsync(CancellationToken stoppingToken)
    {
        // At start-up, for what fell due while no instance ran, then on the app's clock, so a test's fake clock drives it too.
        using var timer = new PeriodicTimer(options.Value.ReconcileInterval, time);
        do
        {
            try
            {
                var ran = await runner.ReconcileAsync(stoppingToken);
                if (ran > 0)
                {
                    Log.Reconciled(log, ran);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.ReconcileFailed(log, e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void QueueFailed(Exception error)
    {
        // Once per outage, not once a second.
        if (!_queueDown)
        {
            _queueDown = true;
            Log.QueueUnavailable(log, error);
        }
    }
}
