using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBot.Storage;

namespace TeamsBot.Tests.Host;

/// <summary>
/// A burst of storage calls shares at most <c>Storage:MaxConnectionsPerServer</c> connections: Azurite stalled for up
/// to 1.5 s when a burst after a quiet spell opened one connection per call in flight.
/// </summary>
public sealed class StorageConnectionLimitTests : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ConcurrentDictionary<string, bool> _connections = new();
    private WebApplication? _storage;
    private ServiceProvider? _services;

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(3, 3)]     // The cap: three connections carry all twelve calls.
    [InlineData(256, 12)]  // The highest cap allowed: each call on its own connection, so the cap is what held the first case.
    public async Task TwelveCallsAtOnce_ConnectionsOpenedUpToTheCap(int cap, int expectedConnections)
    {
        var tables = await TableServiceWithCapAsync(cap, expectedConnections);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            tables.GetTableClient("Limits").GetEntityIfExistsAsync<TableEntity>("p", "r" + i)));

        Assert.Equal(expectedConnections, _connections.Count);
    }

    /// <summary>
    /// The app's table client over a stand-in table service that notes each connection and answers "not found" once
    /// <paramref name="wave"/> calls are waiting (or after 5 s), so every call the client lets through at once is
    /// held open together, however slowly a busy machine starts them.
    /// </summary>
    private async Task<TableServiceClient> TableServiceWithCapAsync(int cap, int wave)
    {
        var waiting = 0;
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new Lock();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _storage = builder.Build();
        _storage.Run(async context =>
        {
            _connections.TryAdd(context.Connection.Id, true);
            Task mine;
            lock (gate)
            {
                mine = released.Task;
                if (++waiting == wave)
                {
                    waiting = 0;
                    released.SetResult();
                    released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            await Task.WhenAny(mine, Task.Delay(TimeSpan.FromSeconds(5)));
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.Headers["x-ms-error-code"] = "ResourceNotFound";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"odata.error":{"code":"ResourceNotFound","message":{"lang":"en-US","value":"Not found."}}}""");
        });
        await _storage.StartAsync();
        var endpoint = _storage.Urls.Single();

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint={endpoint}/devstoreaccount1;",
            ["Storage:MaxConnectionsPerServer"] = cap.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Storage:MaxRetries"] = "0",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddTableStorage(configuration).BuildServiceProvider();
        return _services.GetRequiredService<TableServiceClient>();
    }
}
