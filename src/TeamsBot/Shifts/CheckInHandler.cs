using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Sparring;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary><c>/checkin</c> and the board's Check in button; sends the start-of-shift checklist.</summary>
public sealed class CheckInHandler(ShiftService shifts, ShiftBoardPublisher board, PersonalChat personal, OrganisationClock clock, Texts<Strings> texts, IOptions<ShiftOptions> options, SparringContacts sparring)
    : ChannelShiftAction(board, clock, texts)
{
    protected override string DoneText => Texts["CheckIn.Done"];

    protected override string PersonalChatText => Texts["CheckIn.PersonalChat"];

    protected override async Task<Outcome> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var result = await shifts.CheckInAsync(channelId, turn.Actor(), cancellationToken);
        // Published on "already" too: if an earlier attempt stored the shift but failed to post, this mends the board.
        var board = await Board.TryPublishAsync(channelId, turn.Activity.Id, cancellationToken);
        if (result.Outcome == CheckInOutcome.AlreadyOnDuty)
        {
            return new Outcome(Texts.Get("CheckIn.Already", Texts.Time(Clock.Local(result.Shift.CheckedInAt))), board);
        }

        var card = StartRitualCard.Build(result.Shift.Counsellor.Name, options.Value, sparring, Texts);
        await personal.SendAsync(PersonAddress.Of(result.Shift.Counsellor), Activity.CardMessage(card), cancellationToken);
        return new Outcome(null, board);
    }
}
