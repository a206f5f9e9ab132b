using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary><c>/checkout</c> and the board's Check out button; sends the close-down ritual.</summary>
public sealed class CheckOutHandler(ShiftService shifts, ShiftBoardPublisher board, PersonalChat personal, ShiftClock clock, Texts texts, IOptions<ShiftOptions> options)
{
    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (ShiftTurn.ChannelId(turn) is not { } channelId)
        {
            await turn.ReplyAsync(Activity.TextMessage(texts["CheckIn.PersonalChat"]), cancellationToken);
            return;
        }

        var result = await CheckOutAsync(turn, channelId, cancellationToken);
        if (result.Outcome == CheckOutOutcome.NotOnDuty)
        {
            await turn.ReplyAsync(Activity.TextMessage(texts["CheckOut.NotCheckedIn"]), cancellationToken);
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

        var result = await CheckOutAsync(turn, channelId, cancellationToken);
        return result.Outcome == CheckOutOutcome.NotOnDuty
            ? AdaptiveCardInvokeResponse.Message(texts["CheckOut.NotCheckedIn"])
            : AdaptiveCardInvokeResponse.Card(await board.BuildCardAsync(channelId, clock.Today, cancellationToken));
    }

    private async Task<CheckOutResult> CheckOutAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var result = await shifts.CheckOutAsync(channelId, turn.Activity.From!.Id!, cancellationToken);
        await board.PublishAsync(channelId, cancellationToken);
        if (result is { Outcome: CheckOutOutcome.CheckedOut, Shift: { } shift })
        {
            var card = CloseRitualCard.Build(shift, shift.Ref(result.Day), options.Value, texts, CloseRitualCard.State.Open);
            await personal.TrySendAsync(shift.Counsellor.Id, Activity.CardMessage(card), cancellationToken);
        }

        return result;
    }
}
