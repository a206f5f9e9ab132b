using TeamsBot.Hosting;

namespace TeamsBot.Overview;

/// <summary>
/// <c>/overblik</c>: the coordinators' overview in the 1:1 chat. It counts nothing itself: each feature contributes
/// its section through an <see cref="IOverviewSource"/> it registers, and answers the presses of its own buttons.
/// </summary>
public static class OverviewFeature
{
    // A coordinators' command: in the 1:1 chat only, so it is offered only in its menu.
    public static readonly BotCommand Overview = new("/overblik", "Help.Overview", CommandMenus.Personal) { Aliases = ["/overview"] };

    public static IServiceCollection AddOverview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Overview").WithTexts<Strings>().WithRoutes(MapOverview);
        services.AddSingleton<OverviewAccess>();
        services.AddSingleton<OverviewHandler>();
        return services;
    }

    public static void MapOverview(FeatureRoutes routes) => routes
        .Command<OverviewHandler>(Overview, h => h.OnCommandAsync)
        .CardAction<OverviewHandler, ShowOverviewPress>(h => h.OnShowAsync);
}
