using TeamsBot.Hosting;

namespace TeamsBot.Guidance.Content;

/// <summary>
/// The guidance content folder: its files read into <see cref="IGuidanceDirectory"/> at start and on every change,
/// and broken files reported to the coordinators. Its own feature ("GuidanceContent") for its texts and table;
/// added by the guidance feature's <c>AddGuidance</c>.
/// </summary>
public static class GuidanceContentFeature
{
    public static IServiceCollection AddGuidanceContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("GuidanceContent").WithTables(BrokenFileReports.TableName).WithTexts<Strings>();
        services.AddBotOptions<GuidanceContentOptions>(configuration, GuidanceContentOptions.SectionName)
            .Validate(GuidanceContentOptions.TimesAreSane, "Guidance:Debounce must be between 0 and 00:01:00, Guidance:RescanInterval between 00:00:01 and 1.00:00:00.");
        services.AddSingleton<ContentFolder>();
        services.AddSingleton<GuidanceContentDirectory>();
        services.AddSingleton<IGuidanceDirectory>(sp => sp.GetRequiredService<GuidanceContentDirectory>());
        services.AddSingleton<CoordinatorCultures>();
        services.AddSingleton<BrokenFileReports>();
        services.AddSingleton<GuidanceContentReloader>();
        services.AddHostedService(sp => sp.GetRequiredService<GuidanceContentReloader>());
        return services;
    }
}
