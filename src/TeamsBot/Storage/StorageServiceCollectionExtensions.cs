using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace TeamsBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => CreateService(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<Tables>();
        services.AddHostedService<TableInitializer>();
        return services;
    }

    private static TableServiceClient CreateService(StorageOptions options) => new(options.ConnectionString, ClientOptions(options));

    /// <summary>
    /// The storage client's retries and timeout. A retried write may have been applied the first time;
    /// <see cref="ConditionalWrites"/> tells such a write of ours from another writer's.
    /// </summary>
    public static TableClientOptions ClientOptions(StorageOptions options)
    {
        var client = new TableClientOptions();
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.NetworkTimeout = options.RequestTimeout;
        return client;
    }
}
