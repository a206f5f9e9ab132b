using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBot.Hosting;

namespace TeamsBot.DueWork;

public static class DueWorkServiceCollectionExtensions
{
    /// <summary>
    /// The scheduler (<see cref="IDueWork"/>) and this instance's processor. Needs the storage clients of
    /// <c>AddTableStorage</c>; features add their handlers with <see cref="AddDueWorkHandler{THandler}"/>.
    /// </summary>
    public static IServiceCollection AddDueWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("DueWork").WithTables(DueWorkTable.Name);
        services.AddBotOptions<DueWorkOptions>(configuration, DueWorkOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DueWorkTable>();
        services.TryAddSingleton<DueWorkQueue>();
        services.TryAddSingleton<DueWorkHandlers>();
        services.TryAddSingleton<DueWorkScheduler>();
        services.TryAddSingleton<IDueWork>(sp => sp.GetRequiredService<DueWorkScheduler>());
        services.TryAddSingleton<DueWorkRunner>();
        // Hosted services start in order: the table and queue exist before the processor reads them.
        services.AddHostedService<DueWorkInitializer>();
        services.AddHostedService<DueWorkProcessor>();
        return services;
    }

    /// <summary>Registers the handler of one kind of due work. Two handlers of one kind stop the host at start-up.</summary>
    public static IServiceCollection AddDueWorkHandler<THandler>(this IServiceCollection services)
        where THandler : class, IDueWorkHandler
    {
        services.TryAddSingleton<THandler>();
        services.AddSingleton<IDueWorkHandler>(sp => sp.GetRequiredService<THandler>());
        return services;
    }

    /// <summary>
    /// Work that repeats every <paramref name="interval"/> (its handler registered as usual): one row exists from start-up,
    /// and each run schedules the next, once across all instances. No timer loop of its own.
    /// </summary>
    public static IServiceCollection AddRecurringDueWork(this IServiceCollection services, string kind, TimeSpan interval)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        services.AddSingleton(new RecurringDueWork(kind, interval));
        return services;
    }
}
