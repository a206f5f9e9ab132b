using TeamsBot.Hosting;

namespace TeamsBot.Help;

/// <summary>The help card, built from every command the features registered; also the answer to anything unknown.</summary>
public static class HelpFeature
{
    public static readonly BotCommand Help = new("/hjælp", "Help.Help", CommandMenus.Team | CommandMenus.Personal | CommandMenus.GroupChat)
    {
        Aliases = ["/help"],
        Spellings = ["/hjaelp"],
        ReadOnly = true,
    };

    public static IServiceCollection AddHelp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Help").WithTexts<Strings>().WithRoutes(MapHelp);
        services.AddSingleton<HelpHandler>();
        return services;
    }

    public static void MapHelp(FeatureRoutes routes)
    {
        var help = routes.Handler<HelpHandler>();
        routes.Command<HelpHandler>(Help, h => h.OnHelpAsync);
        routes.Router
            .OnUnrecognizedMessage(help.OnUnrecognizedAsync, readOnly: true)
            .OnUnknownCardAction(help.OnUnknownCardActionAsync)
            // A known verb whose data no longer fits its payload is, to the user, just as much an outdated button.
            .OnUnreadableCardAction(help.OnUnknownCardActionAsync);
    }
}
