using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Localization;

namespace TeamsBot.Hosting;

/// <summary>
/// What a feature's <c>MapX</c> registers its routes on: the protocol's router, with handlers resolved from the
/// container and commands recorded (with their help) for the help card and the manifest check.
/// </summary>
public sealed class FeatureRoutes(ActivityRouter router, IServiceProvider services, CommandCatalog catalog, Texts texts, List<TurnHandler> conversationUpdates)
{
    /// <summary>
    /// Runs for every <c>conversationUpdate</c> (the bot or members added or removed, renames), after the handlers
    /// other features registered: several features may care about the same update.
    /// </summary>
    public FeatureRoutes OnConversationUpdate<THandler>(Func<THandler, TurnHandler> pick) where THandler : notnull
    {
        conversationUpdates.Add(pick(Handler<THandler>()));
        return this;
    }

    public ActivityRouter Router => router;

    public THandler Handler<THandler>() where THandler : notnull => services.GetRequiredService<THandler>();

    public FeatureRoutes Command<THandler>(BotCommand command, Func<THandler, TurnHandler> pick) where THandler : notnull
    {
        var handler = pick(Handler<THandler>());
        foreach (var word in command.Words)
        {
            router.OnCommand(word, handler, command.ReadOnly);
        }

        catalog.Add(command, texts);
        return this;
    }

    /// <summary>
    /// A card verb, typed by its payload record (the verb comes from the record's type). With
    /// <paramref name="handlesRedelivery"/> the handler answers a redelivered press by itself (see
    /// <see cref="ActivityRouter.OnCardAction{TPayload}"/>), and no processed-once claim is taken. With
    /// <paramref name="readOnly"/> the handler only reads and answers (see <see cref="BotCommand.ReadOnly"/>).
    /// </summary>
    public FeatureRoutes CardAction<THandler, TPayload>(Func<THandler, CardActionHandler<TPayload>> pick, Func<THandler, CardActionHandler>? whenUnreadable = null,
        bool handlesRedelivery = false, bool readOnly = false)
        where THandler : notnull
        where TPayload : class, ICardActionPayload
    {
        var handler = Handler<THandler>();
        router.OnCardAction(pick(handler), whenUnreadable?.Invoke(handler), handlesRedelivery, readOnly);
        return this;
    }
}
