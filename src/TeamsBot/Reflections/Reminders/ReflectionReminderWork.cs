using Bot.Protocol.Activities;
using TeamsBot.Conversations;
using TeamsBot.DueWork;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Reflections;

/// <summary>
/// Sends a form's reminder when it falls due: only while the form is still unsubmitted and not yet reminded, never in
/// the quiet hours (a run that comes late, into the night, waits for the morning), in the counsellor's language, with
/// a button that opens the form. The row is marked reminded (under its ETag) before anything is sent, so a repeated
/// run, on this instance or another, sends nothing twice; the price is that a send that fails is not tried again,
/// which suits a gentle reminder better than a second one.
/// </summary>
public sealed class ReflectionReminderWork(IReflectionStore store, ReflectionReminders reminders, PersonalChat personal, OrganisationClock clock,
    Texts<Strings> texts, ILogger<ReflectionReminderWork> log) : IDueWorkHandler
{
    public string Kind => ReflectionReminders.WorkKind;

    public async Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        var formId = item.Key;
        if (item.Payload is not { } counsellorId
            || await store.GetAsync(counsellorId, formId, cancellationToken) is not { State: ReflectionState.Issued, ReminderSentAt: null } form)
        {
            return; // Submitted, deleted, already reminded, or gone: no reminder.
        }

        var now = clock.Now;
        if (QuietHours.NextAllowed(now, clock) is var morning && morning > now)
        {
            await reminders.RescheduleAsync(formId, counsellorId, morning, cancellationToken);
            Log.ReminderHeldBack(log, formId);
            return;
        }

        if (!await store.MarkRemindedAsync(counsellorId, formId, now, cancellationToken))
        {
            return; // Submitted or reminded by someone else since the read above.
        }

        ReachResult sent;
        using (BotCultures.Use(BotCultures.For(form.Counsellor.Locale)))
        {
            var card = ReminderCard.Build(form, clock, texts);
            sent = await personal.SendAsync(PersonAddress.Of(form.Counsellor), Activity.CardMessage(card), cancellationToken);
        }

        Log.ReminderSent(log, formId, sent.Outcome);
    }
}
