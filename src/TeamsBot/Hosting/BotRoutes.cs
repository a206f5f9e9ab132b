using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Localization;

namespace TeamsBot.Hosting;

/// <summary>The route table: every feature maps its own routes, in the order the features were added.</summary>
public static class BotRoutes
{
    public static ActivityRouter Build(IServiceProvider services)
    {
        var router = new ActivityRouter { CultureResolver = activity => BotCultures.For(activity.GetLocale()) };
        router.ApplyDevelopmentLocale(services);
        router.OnTurnError(services.GetRequiredService<StorageUnavailableAnswer>().OnTurnErrorAsync);
        var catalog = services.GetRequiredService<CommandCatalog>();
        List<TurnHandler> conversationUpdates = [];
        foreach (var feature in services.GetServices<BotFeature>())
        {
            var texts = feature.Strings is null
                ? services.GetRequiredService<Texts>()
                : (Texts)services.GetRequiredService(typeof(Texts<>).MakeGenericType(feature.Strings));
            feature.Map?.Invoke(new FeatureRoutes(router, services, catalog, texts, conversationUpdates));
        }

        // Always routed, even with no feature interested, so the references updates carry are stored.
        router.OnConversationUpdate(async (turn, ct) =>
        {
            foreach (var handler in conversationUpdates)
            {
                await handler(turn, ct);
            }
        });

        return router;
    }
}
