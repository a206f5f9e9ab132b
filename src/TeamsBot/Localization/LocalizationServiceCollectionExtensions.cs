using Bot.Protocol.Hosting;
using Microsoft.Extensions.Options;
using TeamsBot.Hosting;

namespace TeamsBot.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>The shared texts, each feature's texts, and the Development-only fixed locale.</summary>
    public static IServiceCollection AddBotLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddSingleton<Texts>();
        services.AddSingleton(typeof(Texts<>));
        services.AddBotOptions<DevelopmentLocaleOptions>(configuration, DevelopmentLocaleOptions.SectionName)
            .Validate<IHostEnvironment>((o, environment) => !o.IsSet || environment.IsDevelopment(),
                "Localization:ForceLocale is for local development only (environment Development): remove it, so that everyone gets their own Teams language.")
            .Validate(o => DevelopmentLocaleOptions.IsKnownCulture(o.ForceLocale),
                "Localization:ForceLocale must be a culture name such as da-DK or en-US.");
        return services;
    }

    /// <summary>
    /// Gives every activity the fixed locale before anything reads it: the culture of the turn, the locale stored with a
    /// conversation reference and with a shift (for later messages), and the locale of replies all follow from it.
    /// </summary>
    public static void ApplyDevelopmentLocale(this ActivityRouter router, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DevelopmentLocaleOptions>>().Value;
        if (options.IsSet && services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            var locale = options.ForceLocale!.Trim();
            router.BeforeRouting(activity => activity.Locale = locale);
        }
    }
}
