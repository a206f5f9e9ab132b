using Bot.Protocol.Activities;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// What follows a saved correction: the board shows it, and the counsellor hears of it in their 1:1 chat. The note
/// is there because their name on the board changes without them doing anything, and a shift closed by someone else
/// would otherwise only surprise them the next time they look; it names who corrected, so they know whom to ask.
/// </summary>
public sealed class CorrectionFollowUp(ShiftBoardPublisher board, PersonalChat personal, OrganisationClock clock, Texts<Strings> texts)
{
    public async Task AfterAsync(Shift corrected, Person coordinator, CancellationToken cancellationToken)
    {
        await board.TryPublishAsync(corrected.ChannelId, activityId: null, cancellationToken);
        if (string.Equals(corrected.Counsellor.TeamsId, coordinator.TeamsId, StringComparison.Ordinal))
        {
            return;
        }

        using (BotCultures.Use(BotCultures.For(corrected.Counsellor.Locale)))
        {
            var note = texts.Get("Correct.CounsellorNote", coordinator.Name, Texts.Time(clock.Local(corrected.CheckedOutAt!.Value)), Texts.Time(clock.Local(corrected.CheckedInAt)));
            await personal.SendAsync(PersonAddress.Of(corrected.Counsellor), Activity.TextMessage(note), cancellationToken);
        }
    }
}
