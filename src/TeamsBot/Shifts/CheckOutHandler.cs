using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Conversations;
using TeamsBot.Localization;

namespace TeamsBot.Shifts;

/// <summary><c>/checkout</c> and the board's Check out button; sends the close-down ritual.</summary>
public sealed class CheckOutHandler(ShiftActionServices services) : ChannelShiftAction(services)
{
    protected override string DoneText => Texts["CheckOut.Done"];

    protected override string PersonalChatText => Texts.Get("CheckOut.PersonalChat", Services.Board.ButtonText("Board.CheckOut"));

    protected override string TypedDoneText(string time, Uri? board) =>
        board is null ? Texts.Get("CheckOut.Typed", time) : Texts.Get("CheckOut.TypedWithBoard", time, board);

    protected override async Task<Outcome> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        // A typed time checks out at that time (a forgotten check-out); a button press checks out now.
        TimeOnly? at = null;
        if (turn.Activity.Type == ActivityTypes.Message && CommandTime.Argument(turn.CommandText) is { } argument)
        {
            at = CommandTime.Parse(argument);
            if (at is null)
            {
                return new Outcome(Texts.Get("CheckOut.BadTime", argument.Length <= 20 ? argument : argument[..20] + "…"), LiveCardResult.Failed);
            }
        }

        var result = await Services.Shifts.CheckOutAsync(channelId, turn.Activity.From!.Id!, cancellationToken, at);
        if (result.Outcome is CheckOutOutcome.TimeInFuture or CheckOutOutcome.BeforeCheckIn)
        {
            return new Outcome(result.Outcome == CheckOutOutcome.TimeInFuture
                ? Texts.Get("CheckOut.TimeInFuture", at!.Value.ToString("t", System.Globalization.CultureInfo.CurrentCulture))
                : Texts.Get("CheckOut.BeforeCheckIn", Texts.Time(Services.Clock.Local(result.Shift!.CheckedInAt))), LiveCardResult.Failed);
        }

        // The shift may be open in another channel (begun before the duty channel moved): that channel's board changes.
        var board = await Services.Board.TryPublishAsync(result.Shift?.ChannelId ?? channelId, turn.Activity.Id, cancellationToken);
        if (result is not { Outcome: CheckOutOutcome.CheckedOut, Shift: { } shift })
        {
            return new Outcome(Texts["CheckOut.NotCheckedIn"], board);
        }

        var shiftRef = shift.Ref(result.Day);
        var addition = await Services.CardAdditions.CloseRitualAsync(new CloseRitualContext(shift, shiftRef, CloseRitualCard.State.Open), cancellationToken);
        var sparring = await Services.Sparring.ForChannelAsync(shift.ChannelId, cancellationToken);
        var card = CloseRitualCard.Build(shift, shiftRef, Services.Options.Value, sparring, Texts, CloseRitualCard.State.Open, addition: addition);
        await Services.Personal.SendAsync(PersonAddress.Of(shift.Counsellor), Activity.CardMessage(card), cancellationToken);
        await Services.Observers.ClosedAsync(shift, cancellationToken);
        // The board here did not change, so it is no answer (nor is a link to it): say so in words.
        return new Outcome(shift.ChannelId == channelId ? null : Texts["CheckOut.Done"], board, shift.CheckedOutAt);
    }
}
