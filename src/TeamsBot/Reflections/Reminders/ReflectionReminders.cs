using Microsoft.Extensions.Options;
using TeamsBot.DueWork;
using TeamsBot.Organisation;

namespace TeamsBot.Reflections;

/// <summary>
/// Schedules the one gentle reminder of a form: <c>Reflections:ReminderAfter</c> after it was sent, moved out of the
/// quiet hours. Due work keeps it across restarts; <see cref="ReflectionReminderWork"/> sends it, or nothing when the
/// form was submitted or deleted meanwhile.
/// </summary>
public sealed class ReflectionReminders(IDueWork work, OrganisationClock clock, IOptions<ReflectionOptions> options)
{
    public const string WorkKind = "reflections.reminder";

    /// <summary>When the reminder of a form sent at <paramref name="issuedAt"/> is due.</summary>
    public DateTimeOffset DueFor(DateTimeOffset issuedAt) => QuietHours.NextAllowed(issuedAt + options.Value.ReminderAfter, clock);

    /// <summary>
    /// Keyed by the form (a random id), with the counsellor's Teams id as the payload: what finds the form's row again.
    /// Nothing of the form's contents goes into the due-work row.
    /// </summary>
    public Task ScheduleAsync(Reflection issued, CancellationToken cancellationToken) =>
        work.ScheduleAsync(WorkKind, issued.FormId, DueFor(issued.IssuedAt), issued.Counsellor.TeamsId, cancellationToken);

    public Task CancelAsync(Reflection form, CancellationToken cancellationToken) =>
        work.CancelAsync(WorkKind, form.FormId, cancellationToken);

    internal Task RescheduleAsync(string formId, string counsellorId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        work.ScheduleAsync(WorkKind, formId, dueAt, counsellorId, cancellationToken);
}
