using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBot.Hosting;

namespace TeamsBot.Reflections;

/// <summary>The reflection after every call: the form in the counsellor's 1:1 chat, its answers, and their storage.</summary>
public static class ReflectionsFeature
{
    public const string ReflectionsTable = "Reflections";

    public static IServiceCollection AddReflections(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Reflections").WithTables(ReflectionsTable).WithTexts<Strings>().WithRoutes(MapReflections);
        services.AddBotOptions<ReflectionOptions>(configuration, ReflectionOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReflectionOptions>, ReflectionOptionsValidation>());
        // Where the key ring lives and what protects it is the host's set-up (Protection/); this only needs a provider.
        services.AddDataProtection();
        services.AddSingleton<PrivateTextProtection>();
        services.AddSingleton<TableReflectionStore>();
        services.AddSingleton<IReflectionStore>(sp => sp.GetRequiredService<TableReflectionStore>());
        return services;
    }

    public static void MapReflections(FeatureRoutes routes)
    {
    }
}
