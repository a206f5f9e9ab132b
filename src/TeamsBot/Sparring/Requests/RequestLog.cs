using TeamsBot.Hosting;

namespace TeamsBot.Sparring;

/// <summary>Sparring request events. Request ids, step numbers, rungs and outcomes only: never a note, never a name.</summary>
[LogEventRange(2430, 2469)]
internal static partial class RequestLog
{
    [LoggerMessage(2430, LogLevel.Information, "Sparring request {RequestId} created (urgency {Urgency}, on call known: {OnCallKnown})")]
    public static partial void Created(ILogger logger, string requestId, SparringUrgency urgency, bool onCallKnown);

    [LoggerMessage(2431, LogLevel.Information, "Sparring request {RequestId}: step {Step} ({Kind}) taken, {Recipients} to notify")]
    public static partial void StepTaken(ILogger logger, string requestId, int step, EscalationStepKind kind, int recipients);

    [LoggerMessage(2432, LogLevel.Warning, "Sparring request {RequestId}: step {Step} could not reach {Unreachable} recipient(s); escalating at once")]
    public static partial void StepUnreachable(ILogger logger, string requestId, int step, int unreachable);

    [LoggerMessage(2433, LogLevel.Information, "Sparring request {RequestId}: {Press} → {Outcome}")]
    public static partial void Pressed(ILogger logger, string requestId, string press, string outcome);

    [LoggerMessage(2434, LogLevel.Warning, "Sparring request {RequestId}: the counsellor's card did not reach their 1:1 chat")]
    public static partial void CounsellorUnreachable(ILogger logger, string requestId);

    [LoggerMessage(2435, LogLevel.Information, "Sparring request {RequestId} expired with the counsellor's shift")]
    public static partial void Expired(ILogger logger, string requestId);

    [LoggerMessage(2436, LogLevel.Warning, "Sparring request {RequestId}: no duty channel known to ask")]
    public static partial void NoDutyChannel(ILogger logger, string requestId);

    [LoggerMessage(2437, LogLevel.Information, "Sparring request: the counsellor's team is unclear ({Teams} teams, none with the only roster); routed to the coordinators")]
    public static partial void TeamUnclear(ILogger logger, int teams);

    [LoggerMessage(2438, LogLevel.Warning, "Sparring request {RequestId}: the step after a press could not run now; due work takes it")]
    public static partial void StepDeferred(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(2455, LogLevel.Warning, "Sparring request {RequestId}: its next step could not be cancelled after the press; it will find the request closed and send nothing")]
    public static partial void NextStepNotCancelled(ILogger logger, Exception exception, string requestId);

    [LoggerMessage(2460, LogLevel.Information, "Sparring lapse: {Found} request(s) left longer than Sparring:LapseAfter; {Expired} expired, {Done} closed as done")]
    public static partial void Lapsed(ILogger logger, int found, int expired, int done);
}
