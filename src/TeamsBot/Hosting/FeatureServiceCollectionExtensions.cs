using Microsoft.Extensions.Options;

namespace TeamsBot.Hosting;

/// <summary>How a feature's <c>AddX</c> declares itself and its options.</summary>
public static class FeatureServiceCollectionExtensions
{
    /// <summary>Declares a feature; its name must be unique.</summary>
    public static BotFeatureBuilder AddBotFeature(this IServiceCollection services, string name)
    {
        if (services.Any(d => d.ImplementationInstance is BotFeature existing && existing.Name == name))
        {
            throw new InvalidOperationException($"The feature '{name}' is added twice.");
        }

        var feature = new BotFeature(name);
        services.AddSingleton(feature);
        return new BotFeatureBuilder(feature, services);
    }

    /// <summary>
    /// Binds an options class to its configuration section, validates its data annotations at start-up, and records
    /// the section so the configuration template's test can check every key is documented.
    /// </summary>
    public static OptionsBuilder<TOptions> AddBotOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddSingleton(new BoundOptions(section, typeof(TOptions)));
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
    }
}

/// <summary>A configuration section and the options class bound to it.</summary>
public sealed record BoundOptions(string Section, Type Options);
