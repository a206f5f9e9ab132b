using TeamsBot.Hosting;

namespace TeamsBot.Installation;

/// <summary>
/// The bot added to a team or by a person (a greeting, once per install), removed (its stored references there are
/// deleted), and a channel deleted (its board is forgotten). Teams announces each in a <c>conversationUpdate</c> and
/// often an <c>installationUpdate</c> too; both come here.
/// </summary>
public static class InstallationFeature
{
    public const string InstallsTable = "Installs";

    public static IServiceCollection AddInstallation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Installation").WithTables(InstallsTable).WithTexts<Strings>().WithRoutes(MapInstallation);
        services.AddSingleton<InstallClaims>();
        services.AddSingleton<Introductions>();
        services.AddSingleton<InstallHandler>();
        return services;
    }

    public static void MapInstallation(FeatureRoutes routes)
    {
        var handler = routes.Handler<InstallHandler>();
        routes.OnConversationUpdate<InstallHandler>(h => h.OnUpdateAsync);
        routes.Router.OnInstallationUpdate(handler.OnUpdateAsync);
    }
}
