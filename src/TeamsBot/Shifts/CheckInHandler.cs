using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary><c>/checkin</c> and the board's Check in button.</summary>
public sealed class CheckInHandler(ShiftService shifts, ShiftBoardPublisher board, PersonalChat personal, ShiftClock clock, Texts texts, IOptions<ShiftOptions> options)
{
    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (ShiftTurn.ChannelId(turn) is not { } channelId)
        {
            await turn.ReplyAsync(Activity.TextMessage(texts["CheckIn.PersonalChat"]), cancellationToken);
            return;
        }

        var result = await CheckInAsync(turn, channelId, cancellationToken);
        if (result.Outcome == CheckInOutcome.AlreadyOnDuty)
        {
            await turn.ReplyAsync(Activity.TextMessage(AlreadyText(result.Shift)), cancellationToken);
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

        var result = await CheckInAsync(turn, channelId, cancellationToken);
        return result.Outcome == CheckInOutcome.AlreadyOnDuty
            ? AdaptiveCardInvokeResponse.Message(AlreadyText(result.Shift))
            : AdaptiveCardInvokeResponse.Card(await board.BuildCardAsync(channelId, clock.Today, cancellationToken));
    }

    private async Task<CheckInResult> CheckInAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var result = await shifts.CheckInAsync(channelId, ShiftTurn.Counsellor(turn), cancellationToken);
        // Published on "already" too: if an earlier attempt stored the shift but failed to post, this mends the board.
        await board.PublishAsync(channelId, cancellationToken);
        if (result.Outcome == CheckInOutcome.Started)
        {
            var card = StartRitualCard.Build(result.Shift.Counsellor.Name, options.Value, texts);
            await personal.TrySendAsync(result.Shift.Counsellor.Id, Activity.CardMessage(card), cancellationToken);
        }

        return result;
    }

    private string AlreadyText(Shift shift) => texts.Get("CheckIn.Already", Texts.Time(clock.Local(shift.CheckedInAt)));
}
