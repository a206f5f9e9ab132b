using TeamsBot.Conversations;
using TeamsBot.Hosting;

namespace TeamsBot.Reflections;

/// <summary>Reflection events. Never a form's contents: form ids, outcomes and input ids only.</summary>
[LogEventRange(2700, 2799)]
internal static partial class Log
{
    [LoggerMessage(2701, LogLevel.Information, "Reflection form {FormId} sent to the 1:1 chat")]
    public static partial void FormIssued(ILogger logger, string formId);

    [LoggerMessage(2702, LogLevel.Warning, "Reflection form {FormId} could not be sent to the 1:1 chat ({Outcome}); taken back")]
    public static partial void FormNotDelivered(ILogger logger, string formId, ReachOutcome outcome);

    [LoggerMessage(2703, LogLevel.Information, "Reflection form {FormId} submitted: {Outcome}")]
    public static partial void FormSubmitted(ILogger logger, string formId, SubmitOutcome outcome);

    [LoggerMessage(2704, LogLevel.Information, "Reflection form {FormId} returned for correction of: {Inputs}")]
    public static partial void FormRefused(ILogger logger, string formId, string inputs);

    [LoggerMessage(2705, LogLevel.Warning, "Reflection form {FormId} could not be saved: storage unavailable")]
    public static partial void FormStorageUnavailable(ILogger logger, Exception exception, string formId);

    [LoggerMessage(2706, LogLevel.Warning, "Reflection observer {Observer} failed for form {FormId}")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string observer, string formId);

    [LoggerMessage(2790, LogLevel.Information, "Reflection retention: removed {PrivateTexts} private texts and {Registrations} registrations past their time")]
    public static partial void RetentionRan(ILogger logger, int privateTexts, int registrations);

    [LoggerMessage(2780, LogLevel.Information, "Reminder of reflection form {FormId}: {Outcome}")]
    public static partial void ReminderSent(ILogger logger, string formId, ReachOutcome outcome);

    [LoggerMessage(2781, LogLevel.Information, "Reminder of reflection form {FormId} held back until the quiet hours end")]
    public static partial void ReminderHeldBack(ILogger logger, string formId);
}
