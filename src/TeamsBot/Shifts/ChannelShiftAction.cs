using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary>
/// What check-in and check-out share: both act in the duty channel only, for the person who typed or
/// pressed, and answer a typed command by the board alone (or a short reply), a button by the new board.
/// </summary>
public abstract class ChannelShiftAction(ShiftBoardPublisher board, ShiftClock clock, Texts texts)
{
    protected Texts Texts => texts;

    protected ShiftBoardPublisher Board => board;

    protected ShiftClock Clock => clock;

    /// <summary>Does the work; null when the board now shows the change, else a message for the user.</summary>
    protected abstract Task<string?> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken);

    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var message = ShiftTurn.ChannelId(turn) is { } channelId
            ? await RunAsync(turn, channelId, cancellationToken)
            : texts["CheckIn.PersonalChat"];
        if (message is not null)
        {
            await turn.ReplyAsync(Activity.TextMessage(message), cancellationToken);
        }
    }

    public async Task<InvokeResponse> OnCardAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        if (ShiftTurn.ActsForSomeoneElse(turn, action))
        {
            return AdaptiveCardInvokeResponse.Message(texts["Action.OnlySelf"]);
        }

        if (ShiftTurn.ChannelId(turn) is not { } channelId)
        {
            return AdaptiveCardInvokeResponse.Message(texts["CheckIn.PersonalChat"]);
        }

        return await RunAsync(turn, channelId, cancellationToken) is { } message
            ? AdaptiveCardInvokeResponse.Message(message)
            : AdaptiveCardInvokeResponse.Card(await board.BuildCardAsync(channelId, clock.Today, cancellationToken));
    }
}
