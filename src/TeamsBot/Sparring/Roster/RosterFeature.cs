using TeamsBot.Hosting;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// The on-call roster (<i>bagvagt</i>) in Teams: <c>/bagvagt</c> for anyone, the coordinators' forms in the 1:1 chat, who
/// is on call on the shift cards, and the coordinators' alert when someone checks in while nobody is on call. The
/// roster's domain and store (<see cref="Roster"/>, <see cref="RosterResolver"/>, <see cref="TableRosterStore"/>) are
/// registered by the sparring feature; the gap alerts' claims are rows in its <c>Rosters</c> table.
/// </summary>
public static class RosterFeature
{
    public static readonly BotCommand OnCall = new("/bagvagt", "Help.OnCall", CommandMenus.Team | CommandMenus.Personal | CommandMenus.GroupChat)
    {
        Aliases = ["/oncall"],
        ReadOnly = true, // It shows who is on call (a coordinator: the roster to manage); changes come through the card's buttons.
    };

    public static IServiceCollection AddRoster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Roster").WithTexts<Rosters.Strings>().WithRoutes(MapRoster);
        services.AddSingleton<RosterReader>();
        services.AddSingleton<RosterMembers>();
        services.AddSingleton<OnCallLookup>();
        services.AddSingleton<RosterScreens>();
        services.AddSingleton<RosterHandler>();
        services.AddSingleton<RosterFormHandler>();
        services.AddShiftCardAdditions<RosterShiftCardAdditions>();
        services.AddShiftObserver<RosterGapAlert>();
        return services;
    }

    public static void MapRoster(FeatureRoutes routes) => routes
        .Command<RosterHandler>(OnCall, h => h.OnCommandAsync)
        .CardAction<RosterHandler, ShowRosterPress>(h => h.OnShowAsync, h => h.OnUnreadableAsync)
        .CardAction<RosterHandler, ChooseRosterTeamPress>(h => h.OnChooseTeamAsync, h => h.OnUnreadableAsync)
        .CardAction<RosterFormHandler, OpenSlotFormPress>(h => h.OnSlotFormAsync, _ => Unreadable(routes))
        .CardAction<RosterFormHandler, OpenOverrideFormPress>(h => h.OnOverrideFormAsync, _ => Unreadable(routes))
        .CardAction<RosterFormHandler, AddSlotPress>(h => h.OnAddSlotAsync, _ => Unreadable(routes))
        .CardAction<RosterFormHandler, AddOverridePress>(h => h.OnAddOverrideAsync, _ => Unreadable(routes))
        .CardAction<RosterFormHandler, RemoveSlotPress>(h => h.OnRemoveSlotAsync, _ => Unreadable(routes))
        .CardAction<RosterFormHandler, RemoveOverridePress>(h => h.OnRemoveOverrideAsync, _ => Unreadable(routes));

    private static Bot.Protocol.Hosting.CardActionHandler Unreadable(FeatureRoutes routes) => routes.Handler<RosterHandler>().OnUnreadableAsync;
}
