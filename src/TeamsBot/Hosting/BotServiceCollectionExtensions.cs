using Bot.Protocol.Authentication;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBot.Conversations;
using TeamsBot.DueWork;
using TeamsBot.Guidance;
using TeamsBot.Help;
using TeamsBot.Installation;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Protection;
using TeamsBot.Reflections;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Storage;
using TeamsBot.Telemetry;

namespace TeamsBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>Everything the bot needs: protocol, storage, texts, and the features.</summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        var bot = configuration.GetSection("Bot");
        services.AddBotInboundAuthentication(bot);
        services.AddBotConnector(bot);
        services.AddSingleton(new BoundOptions("Bot", typeof(ConnectorOptions)));
        services.AddSingleton(new BoundOptions("Bot", typeof(BotAuthenticationOptions)));
        services.AddBotLocalization(configuration);
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<StorageUnavailableAnswer>();
        services.AddSingleton(BotRoutes.Build);
        services.AddBotTelemetry(configuration);
        services.AddReadiness();
        return services.AddBotFeatures(configuration);
    }

    /// <summary>The features, one line each. A new feature folder adds its line here and touches nothing else outside it.</summary>
    private static IServiceCollection AddBotFeatures(this IServiceCollection services, IConfiguration configuration) => services
        .AddProtection(configuration)
        .AddStorage(configuration)
        .AddDueWork(configuration)
        .AddOrganisation(configuration)
        .AddConversations(configuration)
        .AddShifts(configuration)
        .AddReflections(configuration)
        .AddOverview(configuration)
        .AddSparring(configuration)
        .AddGuidance(configuration)
        .AddInstallation(configuration)
        .AddHelp(configuration);
}
