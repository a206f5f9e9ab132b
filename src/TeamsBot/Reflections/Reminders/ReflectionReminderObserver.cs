namespace TeamsBot.Reflections;

/// <summary>
/// A form that reached the counsellor gets its reminder scheduled; a saved one has it cancelled (the reminder would
/// find it saved and send nothing anyway, but a cancelled row is one less to run).
/// </summary>
public sealed class ReflectionReminderObserver(ReflectionReminders reminders) : IReflectionFormObserver
{
    public Task OnIssuedAsync(Reflection form, CancellationToken cancellationToken) => reminders.ScheduleAsync(form, cancellationToken);

    public Task OnSubmittedAsync(Reflection form, CancellationToken cancellationToken) => reminders.CancelAsync(form, cancellationToken);
}
