using TeamsBot.DueWork;
using TeamsBot.Hosting;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>Asking for sparring: the request, its cards and buttons, the escalation as due work, and expiry at the end of the shift.</summary>
public static class SparringRequestsFeature
{
    /// <summary>Ask for sparring, in the 1:1 chat or the duty channel; the note never goes to the channel.</summary>
    public static readonly BotCommand Sparring = new("/sparring", "Help.Sparring", CommandMenus.Team | CommandMenus.Personal);

    public static IServiceCollection AddSparringRequests(this IServiceCollection services)
    {
        services.AddSingleton<RequestCardFactsReader>();
        services.AddSingleton<RequestCards>();
        services.AddSingleton<SparringEscalation>();
        services.AddSingleton<SparringRequests>();
        services.AddSingleton<SparringCommandHandler>();
        services.AddSingleton<SparringPressHandler>();
        services.AddDueWorkHandler<SparringStepWork>();
        services.AddShiftObserver<RequestShiftObserver>();
        services.AddSparringLapse();
        return services;
    }

    public static void MapSparringRequests(FeatureRoutes routes) => routes
        .Command<SparringCommandHandler>(Sparring, h => h.OnCommandAsync)
        .CardAction<SparringPressHandler, AcceptSparringPress>(h => h.OnAcceptAsync)
        .CardAction<SparringPressHandler, DeclineSparringPress>(h => h.OnDeclineAsync)
        .CardAction<SparringPressHandler, CancelSparringPress>(h => h.OnCancelAsync)
        .CardAction<SparringPressHandler, DoneSparringPress>(h => h.OnDoneAsync);
}
