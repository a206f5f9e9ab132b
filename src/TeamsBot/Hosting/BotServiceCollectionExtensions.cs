using Bot.Protocol.Authentication;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsBot.Conversations;
using TeamsBot.Help;
using TeamsBot.Localization;
using TeamsBot.Shifts;
using TeamsBot.Storage;

namespace TeamsBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>Everything the bot needs: protocol, storage, texts and the features.</summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        var bot = configuration.GetSection("Bot");
        services.AddBotInboundAuthentication(bot);
        services.AddBotConnector(bot);
        services.AddTableStorage(configuration);
        services.AddLocalization();
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<Texts>();
        services.AddSingleton<ProcessedActivityTableStore>();
        services.AddSingleton<IProcessedActivityStore>(sp => sp.GetRequiredService<ProcessedActivityTableStore>());
        services.AddHostedService<ProcessedActivityPurgeWorker>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<PersonalChat>();
        services.AddShifts(configuration);
        services.AddSingleton<HelpHandler>();
        services.AddSingleton<StorageUnavailableAnswer>();
        services.AddSingleton(BotRoutes.Build);
        return services;
    }

    private static void AddShifts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShiftOptions>().Bind(configuration.GetSection(ShiftOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "Shifts:TimeZone must be an IANA time zone known to this machine, e.g. Europe/Copenhagen.")
            .Validate(o => o.DropInRoomUrl is null || o.DropInRoomUrl.Scheme == Uri.UriSchemeHttps,
                "Shifts:DropInRoomUrl must be an https link (a Teams meeting link).")
            .ValidateOnStart();
        services.AddSingleton<ShiftClock>();
        services.AddSingleton<IShiftStore, TableShiftStore>();
        services.AddSingleton<ShiftService>();
        services.AddSingleton<BoardMessageStore>();
        services.AddSingleton<ShiftBoardPublisher>();
        services.AddSingleton<CheckInHandler>();
        services.AddSingleton<CheckOutHandler>();
        services.AddSingleton<CloseDownHandler>();
        services.AddSingleton<OverdueShiftSweeper>();
        services.AddHostedService<OverdueShiftWorker>();
    }
}
