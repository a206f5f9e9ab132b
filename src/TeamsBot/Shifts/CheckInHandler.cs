using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary><c>/checkin</c> and the board's Check in button; sends the start-of-shift checklist.</summary>
public sealed class CheckInHandler(ShiftActionServices services) : ChannelShiftAction(services)
{
    protected override string DoneText => Texts["CheckIn.Done"];

    protected override string PersonalChatText => Texts.Get("CheckIn.PersonalChat", Services.Board.ButtonText("Board.CheckIn"));

    protected override string TypedDoneText(string time, Uri? board) =>
        board is null ? Texts.Get("CheckIn.Typed", time) : Texts.Get("CheckIn.TypedWithBoard", time, board);

    protected override async Task<Outcome> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var result = await Services.Shifts.CheckInAsync(channelId, turn.Actor(), cancellationToken);
        // Published on "already" too: if an earlier attempt stored the shift but failed to post, this mends the board
        // (the board of the channel the shift is open in, which is another one when the duty channel moved since).
        var board = await Services.Board.TryPublishAsync(result.Shift.ChannelId, turn.Activity.Id, cancellationToken);
        if (result.Outcome == CheckInOutcome.AlreadyOnDuty)
        {
            var since = Texts.Time(Services.Clock.Local(result.Shift.CheckedInAt));
            return new Outcome(result.Shift.ChannelId == channelId
                ? Texts.Get("CheckIn.Already", since)
                : Texts.Get("CheckIn.AlreadyElsewhere", since, Services.DutyChannels.DescribeChannel(turn, result.Shift.ChannelId)), board);
        }

        var start = new StartRitualContext(result.Shift);
        var sparring = await Services.Sparring.ForChannelAsync(result.Shift.ChannelId, cancellationToken);
        var card = StartRitualCard.Build(result.Shift.Counsellor.Name, Services.Options.Value, sparring, Texts,
            Services.CardAdditions.StartRitualButtons(start), await Services.CardAdditions.StartRitualContentAsync(start, cancellationToken));
        await Services.Personal.SendAsync(PersonAddress.Of(result.Shift.Counsellor), Activity.CardMessage(card), cancellationToken);
        await Services.Observers.CheckedInAsync(result.Shift, cancellationToken);
        return new Outcome(null, board, result.Shift.CheckedInAt);
    }
}
