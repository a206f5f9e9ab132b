using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace TeamsBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The clients of the one storage account behind Storage:ConnectionString: tables for state, a queue for due work, blobs.
    /// Whoever first uses the queue or blobs checks the connection string names them (<see cref="StorageConnectionString"/>),
    /// so an unreachable table service is still reported first, by the table set-up.
    /// </summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => CreateTableService(Options(sp)));
        services.AddSingleton(sp => CreateQueueService(Options(sp)));
        services.AddSingleton(sp => CreateBlobService(Options(sp)));
        services.AddSingleton<Tables>();
        services.AddHostedService<TableInitializer>();
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static TableServiceClient CreateTableService(StorageOptions options) =>
        new(options.ConnectionString, Configure(new TableClientOptions(), options, "table"));

    private static QueueServiceClient CreateQueueService(StorageOptions options) =>
        new(options.ConnectionString, Configure(new QueueClientOptions(), options, "queue"));

    private static BlobServiceClient CreateBlobService(StorageOptions options) =>
        new(StorageConnectionString.Requiring(options.ConnectionString, "BlobEndpoint"), Configure(new BlobClientOptions(), options, "blob"));

    /// <summary>The table client's retries and timeout, as the app uses them (tests build their fault path with these).</summary>
    public static TableClientOptions ClientOptions(StorageOptions options) => Configure(new TableClientOptions(), options, "table");

    /// <summary>
    /// The same retries and per-call limit for every service, so a storage that is down fails every call equally fast.
    /// A retried write may have been applied the first time; <see cref="ConditionalWrites"/> tells such a write of ours
    /// from another writer's. Each client gets its own connection pool, capped at
    /// <see cref="StorageOptions.MaxConnectionsPerServer"/>, otherwise set up as the SDK sets up its own (no redirects, no
    /// cookies, connections renewed every five minutes).
    /// </summary>
    private static T Configure<T>(T client, StorageOptions options, string service)
        where T : ClientOptions
    {
        client.AddPolicy(new Telemetry.StorageLatencyPolicy(service), HttpPipelinePosition.PerRetry);
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.NetworkTimeout = options.RequestTimeout;
        client.Transport = new HttpClientTransport(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = options.MaxConnectionsPerServer,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5), // As the SDK's own: a storage failover's new address is picked up.
        });
        return client;
    }
}
