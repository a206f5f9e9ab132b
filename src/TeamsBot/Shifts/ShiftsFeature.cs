using TeamsBot.DueWork;
using TeamsBot.Hosting;
using TeamsBot.Overview;

namespace TeamsBot.Shifts;

/// <summary>Check-in and check-out in the duty channel, the shared board, and the rituals in the 1:1 chat.</summary>
public static class ShiftsFeature
{
    public const string ShiftsTable = "Shifts";
    public const string BoardsTable = "Boards";
    public const string DutyChannelsTable = "DutyChannels";
    public const string OnDutyTable = "OnDuty";

    public static readonly BotCommand CheckIn = new("/checkin", "Help.CheckIn", CommandMenus.Team | CommandMenus.Personal | CommandMenus.GroupChat);
    public static readonly BotCommand CheckOut = new("/checkout", "Help.CheckOut", CommandMenus.Team);
    // Read-only: it shows the board. In the Agents Playground it posts the board anew (a local stand-in): a redelivery
    // there may post it twice, and the last post is the one kept, as after any repost.
    public static readonly BotCommand Duty = new("/vagt", "Help.Duty", CommandMenus.Team | CommandMenus.Personal | CommandMenus.GroupChat)
    {
        Aliases = ["/duty"],
        ReadOnly = true,
    };
    public static readonly BotCommand ChooseDutyChannel = new("/vagtkanal", "Help.DutyChannel", CommandMenus.Team) { Aliases = ["/dutychannel"] };

    // Coordinators' commands: in the 1:1 chat only, so they are offered only in its menu.
    public static readonly BotCommand Shifts = new("/vagter", "Help.Shifts", CommandMenus.Personal) { Aliases = ["/shifts"] };

    public static IServiceCollection AddShifts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Shifts").WithTables(ShiftsTable, BoardsTable, DutyChannelsTable, OnDutyTable).WithTexts<Strings>().WithRoutes(MapShifts);
        services.AddBotOptions<ShiftOptions>(configuration, ShiftOptions.SectionName)
            .Validate(o => o.DropInRoomUrl is null || o.DropInRoomUrl.Scheme == Uri.UriSchemeHttps,
                "Shifts:DropInRoomUrl must be an https link (a Teams meeting link).");
        services.AddSingleton<TableShiftStore>();
        services.AddSingleton<IShiftStore>(sp => sp.GetRequiredService<TableShiftStore>());
        services.AddSingleton<ShiftService>();
        services.AddSingleton<ShiftCardAdditions>();
        services.AddSingleton<ShiftObservers>();
        services.AddSingleton<ShiftBoardPublisher>();
        services.AddSingleton<DutyChannelStore>();
        services.AddSingleton<DutyChannels>();
        services.AddSingleton<DutyChannelHandler>();
        services.AddSingleton<ShiftActionServices>();
        services.AddSingleton<CheckInHandler>();
        services.AddSingleton<CheckOutHandler>();
        services.AddSingleton<CloseDownHandler>();
        services.AddSingleton<DutyHandler>();
        services.AddSingleton<PlaygroundBoards>();
        services.AddSingleton<RecentBoards>();
        services.AddSingleton<OverdueShiftSweeper>();
        services.AddDueWorkHandler<OverdueShiftSweep>();
        services.AddRecurringDueWork(OverdueShiftSweep.WorkKind, OverdueCheckInterval(configuration));
        services.AddCoordinatorShifts();
        return services;
    }

    /// <summary>Coordinators in their 1:1 chat: <c>/vagter</c> (correct today's check-outs) and the shifts' figures in <c>/overblik</c>.</summary>
    private static IServiceCollection AddCoordinatorShifts(this IServiceCollection services)
    {
        services.AddSingleton<ICoordinatorShiftStore, TableCoordinatorShiftStore>();
        services.AddSingleton<ShiftCorrector>();
        services.AddSingleton<CorrectionFollowUp>();
        services.AddSingleton<CoordinatorShiftsHandler>();
        services.AddSingleton<IOverviewSource, ShiftOverviewSource>();
        return services;
    }

    private static FeatureRoutes MapCoordinatorShifts(this FeatureRoutes routes) => routes
        .Command<CoordinatorShiftsHandler>(Shifts, h => h.OnCommandAsync)
        .CardAction<CoordinatorShiftsHandler, ShowShiftsPress>(h => h.OnShowAsync, h => h.OnUnreadableAsync)
        .CardAction<CoordinatorShiftsHandler, EditShiftPress>(h => h.OnEditAsync, h => h.OnUnreadableAsync)
        .CardAction<CoordinatorShiftsHandler, CorrectShiftPress>(h => h.OnCorrectAsync, h => h.OnUnreadableAsync);

    /// <summary>Read here because the recurring schedule is registered before options exist; a bad value is reported by the options' validation.</summary>
    private static TimeSpan OverdueCheckInterval(IConfiguration configuration) =>
        TimeSpan.TryParse(configuration[$"{ShiftOptions.SectionName}:{nameof(ShiftOptions.OverdueCheckInterval)}"], System.Globalization.CultureInfo.InvariantCulture, out var interval)
            && interval > TimeSpan.Zero ? interval : new ShiftOptions().OverdueCheckInterval;

    public static void MapShifts(FeatureRoutes routes) => routes
        .Command<CheckInHandler>(CheckIn, h => h.OnCommandAsync)
        .Command<CheckOutHandler>(CheckOut, h => h.OnCommandAsync)
        .Command<DutyHandler>(Duty, h => h.OnDutyAsync)
        .OnConversationUpdate<PlaygroundBoards>(h => h.OnConversationUpdateAsync)
        .Command<DutyChannelHandler>(ChooseDutyChannel, h => h.OnCommandAsync)
        .OnConversationUpdate<DutyChannels>(h => h.RememberInstallAsync)
        .CardAction<CheckInHandler, CheckInPress>(h => h.OnCardAsync)
        .CardAction<CheckOutHandler, CheckOutPress>(h => h.OnCardAsync)
        .CardAction<CloseDownHandler, ClosedDownPress>(h => h.OnClosedDownAsync, h => h.OnUnreadableAsync)
        .CardAction<CloseDownHandler, NeedToTalkPress>(h => h.OnNeedToTalkAsync, h => h.OnUnreadableAsync)
        .MapCoordinatorShifts();
}
