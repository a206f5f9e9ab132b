using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Hosting;
using TeamsBot.Localization;

namespace TeamsBot.Help;

/// <summary><c>/hjælp</c>, <c>/help</c>, any unknown command, and buttons the bot no longer knows.</summary>
public sealed class HelpHandler(CommandCatalog commands, Texts<Strings> texts)
{
    public Task OnHelpAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplyAsync(Activity.CardMessage(HelpCard.Build(commands.Describe(), texts)), cancellationToken);

    public Task OnUnrecognizedAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplyAsync(Activity.CardMessage(HelpCard.Build(commands.Describe(), texts, turn.CommandText)), cancellationToken);

    public Task<InvokeResponse> OnUnknownCardActionAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message(texts["Action.Unknown"]));
}
