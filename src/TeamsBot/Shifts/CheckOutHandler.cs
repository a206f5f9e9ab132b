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

    protected override async Task<string?> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var result = await shifts.CheckOutAsync(channelId, turn.Activity.From!.Id!, cancellationToken);
        await Board.TryPublishAsync(channelId, turn.Activity.Id, cancellationToken);
        if (result is not { Outcome: CheckOutOutcome.CheckedOut, Shift: { } shift })
        {
            return Texts["CheckOut.NotCheckedIn"];
        }

        var card = CloseRitualCard.Build(shift, shift.Ref(result.Day), options.Value, sparring, Texts, CloseRitualCard.State.Open);
        await personal.TrySendAsync(shift.Counsellor.TeamsId, Activity.CardMessage(card), cancellationToken);
        return null;
    }
}
