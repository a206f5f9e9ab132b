using TeamsBot.DueWork;

namespace TeamsBot.Storage;

/// <summary>
/// Every hour, as recurring due work (once across instances), removes processed-once markers older than a day:
/// Teams redelivers within seconds to minutes, so an older marker protects nothing and only grows the table.
/// </summary>
public sealed class ProcessedActivityPurge(ProcessedActivityTableStore store, ILogger<ProcessedActivityPurge> log) : IDueWorkHandler
{
    public const string WorkKind = "storage.purge-processed";
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    public string Kind => WorkKind;

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        var deleted = await store.PurgeAsync(KeepFor, cancellationToken);
        Log.Purged(log, deleted);
    }
}
