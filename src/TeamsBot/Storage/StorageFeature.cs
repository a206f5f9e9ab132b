using Bot.Protocol.Hosting;
using TeamsBot.DueWork;
using TeamsBot.Hosting;

namespace TeamsBot.Storage;

/// <summary>The storage account, and the processed-once markers every turn is claimed in.</summary>
public static class StorageFeature
{
    public const string ProcessedActivitiesTable = "ProcessedActivities";

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Storage").WithTables(ProcessedActivitiesTable);
        services.AddSingleton(new BoundOptions(StorageOptions.SectionName, typeof(StorageOptions)));
        services.AddTableStorage(configuration);
        services.AddSingleton<InvokeAnswerProtection>();
        services.AddSingleton<ProcessedActivityTableStore>();
        services.AddSingleton<IProcessedActivityStore>(sp => sp.GetRequiredService<ProcessedActivityTableStore>());
        services.AddDueWorkHandler<ProcessedActivityPurge>();
        services.AddRecurringDueWork(ProcessedActivityPurge.WorkKind, ProcessedActivityPurge.Every);
        return services;
    }
}
