using TeamsBot.Hosting;
using TeamsBot.Sparring.Overview;
using TeamsBot.Sparring.WaysIn;

namespace TeamsBot.Sparring;

/// <summary>Reaching someone to talk to: the on-call roster, and requests escalated until someone answers.</summary>
public static class SparringFeature
{
    /// <summary>Each duty team's on-call roster: one row per team (see <see cref="TableRosterStore"/>).</summary>
    public const string RostersTable = "Rosters";

    /// <summary>Every sparring request: one row per request (see <see cref="TableSparringRequestStore"/>).</summary>
    public const string RequestsTable = "SparringRequests";

    public static IServiceCollection AddSparring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Sparring").WithTables(RostersTable, RequestsTable).WithTexts<Strings>().WithRoutes(SparringRequestsFeature.MapSparringRequests);
        services.AddSingleton(new BoundOptions(SparringOptions.SectionName, typeof(SparringOptions)));
        services.AddOptions<SparringOptions>()
            // The older key first, so the new section wins where both are set.
            .Configure(o => configuration.GetSection(SparringOptions.LegacyContactSection).Bind(o.Contact))
            .Bind(configuration.GetSection(SparringOptions.SectionName))
            .Validate(SparringOptions.TimeoutsAreSane, "Sparring:AckTimeout and Sparring:LaterAckTimeout must be between 00:00:01 and 1.00:00:00.")
            .ValidateOnStart();
        services.AddSingleton<SparringContacts>();
        services.AddSingleton<DutyTeams>();
        services.AddSingleton<IRosterStore, TableRosterStore>();
        services.AddSingleton<RosterResolver>();
        services.AddSingleton<ISparringRequestStore, TableSparringRequestStore>();
        services.AddSingleton<EscalationLadder>();
        services.AddSparringRequests();
        services.AddRoster(configuration);
        services.AddSparringOverview();
        services.AddSparringWaysIn();
        return services;
    }
}
