using TeamsBot.Hosting;

namespace TeamsBot.Sparring;

/// <summary>Reaching someone to talk to. Today: the configured contact the rituals show.</summary>
public static class SparringFeature
{
    public static IServiceCollection AddSparring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Sparring").WithTexts<Strings>();
        services.AddSingleton(new BoundOptions(SparringOptions.SectionName, typeof(SparringOptions)));
        services.AddOptions<SparringOptions>()
            // The older key first, so the new section wins where both are set.
            .Configure(o => configuration.GetSection(SparringOptions.LegacyContactSection).Bind(o.Contact))
            .Bind(configuration.GetSection(SparringOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<SparringContacts>();
        return services;
    }
}
