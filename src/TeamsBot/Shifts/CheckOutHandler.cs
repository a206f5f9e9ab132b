using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Sparring;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary><c>/checkout</c> and the board's Check out button; sends the close-down ritual.</summary>
public sealed class CheckOutHandler(ShiftService shifts, ShiftBoardPublisher board, PersonalChat personal, OrganisationClock clock, Texts<Strings> texts, IOptions<ShiftOptions> options, SparringContacts sparring)
    : ChannelShiftAction(board, clock, texts)
{
    protected override string DoneText => Texts["CheckOut.Done"];

    protected override string PersonalChatText => Texts["CheckOut.PersonalChat"];

    protected override async Task<Outcome> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var result = await shifts.CheckOutAsync(channelId, turn.Activity.From!.Id!, cancellationToken);
        var board = await Board.TryPublishAsync(channelId, turn.Activity.Id, cancellationToken);
        if (result is not { Outcome: CheckOutOutcome.CheckedOut, Shift: { } shift })
        {
            return new Outcome(Texts["CheckOut.NotCheckedIn"], board);
        }

        var card = CloseRitualCard.Build(shift, shift.Ref(result.Day), options.Value, sparring, Texts, CloseRitualCard.State.Open);
        await personal.SendAsync(PersonAddress.Of(shift.Counsellor), Activity.CardMessage(card), cancellationToken);
        return new Outcome(null, board);
    }
}
