using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Conversations;

namespace TeamsBot.Shifts;

/// <summary><c>/checkout</c> and the board's Check out button; sends the close-down ritual.</summary>
public sealed class CheckOutHandler(ShiftActionServices services) : ChannelShiftAction(services)
{
    protected override string DoneText => Texts["CheckOut.Done"];

    protected override string PersonalChatText => Texts.Get("CheckOut.PersonalChat", Services.Board.ButtonText("Board.CheckOut"));

    protected override async Task<Outcome> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var result = await Services.Shifts.CheckOutAsync(channelId, turn.Activity.From!.Id!, cancellationToken);
        var board = await Services.Board.TryPublishAsync(channelId, turn.Activity.Id, cancellationToken);
        if (result is not { Outcome: CheckOutOutcome.CheckedOut, Shift: { } shift })
        {
            return new Outcome(Texts["CheckOut.NotCheckedIn"], board);
        }

        var card = CloseRitualCard.Build(shift, shift.Ref(result.Day), Services.Options.Value, Services.Sparring, Texts, CloseRitualCard.State.Open);
        await Services.Personal.SendAsync(PersonAddress.Of(shift.Counsellor), Activity.CardMessage(card), cancellationToken);
        return new Outcome(null, board);
    }
}
