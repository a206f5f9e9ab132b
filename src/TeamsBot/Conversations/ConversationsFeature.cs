using TeamsBot.Hosting;

namespace TeamsBot.Conversations;

/// <summary>Reaching people and channels later: stored conversation references, 1:1 chats, cards kept up to date.</summary>
public static class ConversationsFeature
{
    public const string ConversationsTable = "Conversations";
    public const string PeopleTable = "People";

    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Conversations").WithTables(ConversationsTable, PeopleTable).WithRoutes(MapConversations);
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<PersonalChat>();
        services.AddSingleton<ContactLinks>();
        services.AddSingleton<LiveCardMessages>();
        services.AddSingleton<LiveCardConversations>();
        services.AddSingleton<LiveCards>();
        return services;
    }

    public static void MapConversations(FeatureRoutes routes)
    {
        var references = routes.Handler<ConversationReferenceStore>();
        var people = routes.Handler<PeopleDirectory>();
        routes.Router
            .BeforeTurn((turn, ct) => Task.WhenAll(references.RememberAsync(turn.Activity, ct), people.RememberAsync(turn.Activity, ct)));
        // Install updates are routed by the Installation feature (so the references they carry are stored too).
    }
}
