using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Conversations;
using TeamsBot.Help;
using TeamsBot.Localization;
using TeamsBot.Shifts;

namespace TeamsBot.Hosting;

/// <summary>Every command, card verb and update the bot handles, in one place.</summary>
public static class BotRoutes
{
    public static ActivityRouter Build(IServiceProvider services)
    {
        var references = services.GetRequiredService<ConversationReferenceStore>();
        var checkIn = services.GetRequiredService<CheckInHandler>();
        var checkOut = services.GetRequiredService<CheckOutHandler>();
        var closeDown = services.GetRequiredService<CloseDownHandler>();
        var help = services.GetRequiredService<HelpHandler>();
        var storageDown = services.GetRequiredService<StorageUnavailableAnswer>();

        var router = new ActivityRouter { CultureResolver = activity => BotCultures.For(activity.GetLocale()) };
        return router
            .BeforeTurn((turn, ct) => references.RememberAsync(turn.Activity, ct))
            .OnTurnError(storageDown.OnTurnErrorAsync)
            .OnConversationUpdate((_, _) => Task.CompletedTask)
            .OnInstallationUpdate((_, _) => Task.CompletedTask)
            .OnCommand("/checkin", checkIn.OnCommandAsync)
            .OnCommand("/checkout", checkOut.OnCommandAsync)
            .OnCommand("/hjælp", help.OnHelpAsync)
            .OnCommand("/hjaelp", help.OnHelpAsync)
            .OnCommand("/help", help.OnHelpAsync)
            .OnUnrecognizedMessage(help.OnUnrecognizedAsync)
            .OnCardAction(ShiftVerbs.CheckIn, checkIn.OnCardAsync)
            .OnCardAction(ShiftVerbs.CheckOut, checkOut.OnCardAsync)
            .OnCardAction(ShiftVerbs.ClosedDown, closeDown.OnClosedDownAsync)
            .OnCardAction(ShiftVerbs.NeedToTalk, closeDown.OnNeedToTalkAsync)
            .OnUnknownCardAction(help.OnUnknownCardActionAsync);
    }
}
