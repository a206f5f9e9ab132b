using TeamsBot.Hosting;

namespace TeamsBot.Sparring;

/// <summary>Reaching someone to talk to. Today: the configured contact the rituals show.</summary>
public static class SparringFeature
{
    /// <summary>Each duty team's on-call roster: one row per team (see <see cref="TableRosterStore"/>).</summary>
    public const string RostersTable = "Rosters";

    public static IServiceCollection AddSparring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Sparring").WithTables(RostersTable).WithTexts<Strings>();
        services.AddSingleton(new BoundOptions(SparringOptions.SectionName, typeof(SparringOptions)));
        services.AddOptions<SparringOptions>()
            // The older key first, so the new section wins where both are set.
            .Configure(o => configuration.GetSection(SparringOptions.LegacyContactSection).Bind(o.Contact))
            .Bind(configuration.GetSection(SparringOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<SparringContacts>();
        services.AddSingleton<IRosterStore, TableRosterStore>();
        services.AddSingleton<RosterResolver>();
        return services;
    }
}
