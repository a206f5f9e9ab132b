using Azure;
using Microsoft.Extensions.Options;
using TeamsBot.Storage;

namespace TeamsBot.DueWork;

/// <summary>
/// Creates the due-work queue at start-up (stopping the host with a clear message when storage cannot be reached), and
/// makes sure each recurring kind has its row. The table is the feature's declared table: the table set-up, which
/// starts before this, has created it.
/// </summary>
internal sealed class DueWorkInitializer(DueWorkTable table, DueWorkQueue queue, DueWorkScheduler scheduler, DueWorkHandlers handlers, TimeProvider time,
    IOptions<StorageOptions> storage, ILogger<DueWorkInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Here rather than where the client is made: hosted services are all made before any starts, and the table
        // set-up, which starts first, should be the one to say that storage cannot be reached at all.
        StorageConnectionString.Requiring(storage.Value.ConnectionString, "QueueEndpoint");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await CreateAsync("queue", queue.Client.Name, queue.Client.Uri, () => queue.Client.CreateIfNotExistsAsync(cancellationToken: timeout.Token));
        foreach (var recurring in handlers.Recurring)
        {
            await EnsureAsync(recurring, timeout.Token);
        }

        Log.Ready(log, table.Client.Name, queue.Client.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds the row if missing; brings it forward if a shorter interval was configured since it was scheduled.</summary>
    private async Task EnsureAsync(RecurringDueWork recurring, CancellationToken cancellationToken)
    {
        var first = time.GetUtcNow() + recurring.Interval;
        if (await scheduler.TryAddAsync(new DueItem(recurring.Kind, RecurringDueWork.Key, first, null), cancellationToken))
        {
            return;
        }

        var existing = await table.GetAsync(recurring.Kind, RecurringDueWork.Key, cancellationToken);
        if (existing is not null && (existing.Item.DueAt > first || existing.Failed))
        {
            await scheduler.TryRescheduleAsync(existing, first, cancellationToken);
        }
    }

    private static async Task CreateAsync(string what, string name, Uri uri, Func<Task> create)
    {
        try
        {
            await create();
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException)
        {
            throw new InvalidOperationException(
                $"Storage at {uri.GetLeftPart(UriPartial.Authority)} cannot be reached or refused to create the due-work {what} '{name}': {e.Message} " +
                "Check Storage:ConnectionString (it must name the Table and Queue endpoints of one storage account), " +
                "and that Azurite (npm start starts it) or the storage account is running.", e);
        }
    }
}
