using Azure;
using Azure.Data.Tables;

namespace TeamsBot.Storage;

/// <summary>Creates the tables at start-up, and stops the host with a clear message if storage cannot be reached.</summary>
public sealed class TableInitializer(Tables tables, ILogger<TableInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        foreach (var name in tables.All)
        {
            var table = tables.Get(name);
            try
            {
                await table.CreateIfNotExistsAsync(timeout.Token);
            }
            catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException)
            {
                throw new InvalidOperationException(
                    $"Table storage at {table.Uri.GetLeftPart(UriPartial.Authority)} cannot be reached or refused to create table '{table.Name}': {e.Message} " +
                    "Check Storage:ConnectionString, and that Azurite (npm start starts it) or the storage account is running.", e);
            }
        }

        Log.TablesReady(log, tables.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
