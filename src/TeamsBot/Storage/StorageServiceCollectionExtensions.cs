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

    private static TableServiceClient CreateService(StorageOptions options)
    {
        var client = new TableClientOptions();
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.NetworkTimeout = options.RequestTimeout;
        return new TableServiceClient(options.ConnectionString, client);
    }
}
