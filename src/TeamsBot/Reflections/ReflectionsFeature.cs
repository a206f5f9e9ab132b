using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBot.DueWork;
using TeamsBot.Hosting;
using TeamsBot.Shifts;

namespace TeamsBot.Reflections;

/// <summary>The reflection after every call: the form in the counsellor's 1:1 chat, its answers, and their storage.</summary>
public static class ReflectionsFeature
{
    public const string ReflectionsTable = "Reflections";

    /// <summary>After a call, anywhere: the form goes to the 1:1 chat.</summary>
    public static readonly BotCommand Call = new("/samtale", "Help.Call", CommandMenus.Team | CommandMenus.Personal | CommandMenus.GroupChat) { Aliases = ["/call"] };

    public static IServiceCollection AddReflections(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Reflections").WithTables(ReflectionsTable).WithTexts<Strings>().WithRoutes(MapReflections);
        services.AddBotOptions<ReflectionOptions>(configuration, ReflectionOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReflectionOptions>, ReflectionOptionsValidation>());
        // The encryption itself (key ring, certificate, PrivateText) is the Protection feature's.
        services.AddSingleton<PrivateTextProtection>();
        services.AddSingleton<TableReflectionStore>();
        services.AddSingleton<IReflectionStore>(sp => sp.GetRequiredService<TableReflectionStore>());
        services.AddSingleton<ReflectionReferrals>();
        services.AddSingleton<ReflectionForms>();
        services.AddSingleton<CallEndedHandler>();
        services.AddSingleton<SubmitReflectionHandler>();
        services.AddReflectionsReading();
        // On the shift cards (Call ended, the unfinished forms at check-out) and the one reminder of an unfinished form.
        services.AddShiftCardAdditions<ReflectionShiftCardAdditions>();
        services.AddSingleton<ReflectionReminders>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReflectionFormObserver, ReflectionReminderObserver>());
        services.AddDueWorkHandler<ReflectionReminderWork>();
        return services;
    }

    public static void MapReflections(FeatureRoutes routes) => routes
        .Command<CallEndedHandler>(Call, h => h.OnCommandAsync)
        .CardAction<CallEndedHandler, CallEndedPress>(h => h.OnPressAsync, h => h.OnUnreadableAsync)
        // A form is saved once under its row's ETag, and a redelivered submit is answered "already saved": no
        // processed-once claim is needed, which saves two round trips and stores no answer with typed text in it.
        .CardAction<SubmitReflectionHandler, SubmitReflectionPress>(h => h.OnSubmitAsync, h => h.OnUnreadableAsync, handlesRedelivery: true)
        .CardAction<SubmitReflectionHandler, OpenFormPress>(h => h.OnOpenAsync, h => h.OnUnreadableAsync)
        .CardAction<SubmitReflectionHandler, TalkNowPress>(h => h.OnTalkNowAsync, h => h.OnUnreadableAsync)
        .CardAction<SubmitReflectionHandler, ResendFormPress>(h => h.OnResendAsync, h => h.OnUnreadableAsync);
}
