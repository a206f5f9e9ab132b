using TeamsBot.Hosting;
using TeamsBot.Overview;

namespace TeamsBot.Sparring.Overview;

/// <summary>
/// The sparring section of the coordinators' <c>/overblik</c>, and the ways into a sparring request from the other
/// features' cards. Registered from <see cref="SparringFeature"/>; a feature of its own so its texts live apart.
/// </summary>
public static class SparringOverviewFeature
{
    public static IServiceCollection AddSparringOverview(this IServiceCollection services)
    {
        services.AddBotFeature("SparringOverview").WithTexts<Strings>();
        services.AddSingleton<SparringRequestQuery>();
        services.AddSingleton<IOverviewSource, SparringOverviewSource>();
        return services;
    }
}
