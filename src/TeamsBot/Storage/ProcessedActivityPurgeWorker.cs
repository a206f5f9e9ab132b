namespace TeamsBot.Storage;

/// <summary>Once an hour, removes processed-once markers older than a day.</summary>
public sealed class ProcessedActivityPurgeWorker(ProcessedActivityTableStore store, TimeProvider time, ILogger<ProcessedActivityPurgeWorker> log) : BackgroundService
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await store.PurgeAsync(KeepFor, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.PurgeFailed(log, e);
            }
        }
    }
}
