using TeamsBot.DueWork;
using TeamsBot.Hosting;
using TeamsBot.Reflections.Mine;
using TeamsBot.Reflections.Overview;
using TeamsBot.Reflections.Retention;

namespace TeamsBot.Reflections;

/// <summary>
/// What the counsellor and the coordinator read of reflections, and how long they are kept: <c>/mine</c>, the
/// reflections' section of <c>/overblik</c> (with the shared reflections a coordinator may read), and the retention
/// job. Registered from <see cref="ReflectionsFeature"/>; declared as a feature of its own so that its texts
/// (<c>Mine/Strings.resx</c>, <c>Overview/Strings.resx</c>) and <c>/mine</c>'s help live apart from the form's.
/// </summary>
public static class ReflectionsReadingFeature
{
    // /mine, /mine refleksioner and /my reflections: the router matches the first word, the handler reads the rest.
    public static readonly BotCommand OwnReflections = new("/mine", "Help.Mine", CommandMenus.Personal) { Aliases = ["/my"] };

    public static IServiceCollection AddReflectionsReading(this IServiceCollection services)
    {
        services.AddBotFeature("ReflectionsReading").WithTexts<Mine.Strings>().WithRoutes(MapReflectionsReading);
        services.AddSingleton<ReflectionLabels>();
        services.AddSingleton<MyReflectionsHandler>();
        services.AddSingleton<TeamsBot.Overview.IOverviewSource, ReflectionOverviewSource>();
        services.AddSingleton<SharedReflectionHandler>();
        services.AddDueWorkHandler<ReflectionRetention>();
        services.AddRecurringDueWork(ReflectionRetention.WorkKind, ReflectionRetention.Every);
        return services;
    }

    public static void MapReflectionsReading(FeatureRoutes routes) => routes
        .Command<MyReflectionsHandler>(OwnReflections, h => h.OnCommandAsync)
        .CardAction<MyReflectionsHandler, ShowMyReflectionsPress>(h => h.OnShowAsync, h => h.OnUnreadableAsync)
        .CardAction<MyReflectionsHandler, OpenMyReflectionPress>(h => h.OnOpenAsync, h => h.OnUnreadableAsync)
        .CardAction<MyReflectionsHandler, DeleteMyReflectionPress>(h => h.OnDeleteAsync, h => h.OnUnreadableAsync)
        .CardAction<MyReflectionsHandler, ConfirmDeleteAllPress>(h => h.OnConfirmDeleteAllAsync, h => h.OnUnreadableAsync)
        .CardAction<MyReflectionsHandler, DeleteAllMyReflectionsPress>(h => h.OnDeleteAllAsync, h => h.OnUnreadableAsync)
        .CardAction<SharedReflectionHandler, ReadSharedReflectionPress>(h => h.OnReadAsync, h => h.OnUnreadableAsync);
}
