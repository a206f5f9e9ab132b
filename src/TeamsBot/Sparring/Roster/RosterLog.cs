using TeamsBot.Conversations;
using TeamsBot.Hosting;

namespace TeamsBot.Sparring;

/// <summary>The on-call roster's events: team keys, ids and outcomes, never names.</summary>
[LogEventRange(2400, 2429)]
internal static partial class RosterLog
{
    [LoggerMessage(2401, LogLevel.Information, "Roster of team {TeamKey}: {Change} {Id}")]
    public static partial void Changed(ILogger logger, string teamKey, string change, string id);

    [LoggerMessage(2402, LogLevel.Information, "Roster of team {TeamKey}: a {Form} was refused ({Reasons})")]
    public static partial void Refused(ILogger logger, string teamKey, string form, string reasons);

    [LoggerMessage(2403, LogLevel.Warning, "Could not list the members of team {TeamKey} for the roster forms")]
    public static partial void MembersUnavailable(ILogger logger, Exception? exception, string teamKey);

    [LoggerMessage(2404, LogLevel.Warning, "Nobody is on call in team {TeamKey} and no coordinator is configured (Roles:Coordinators) to tell")]
    public static partial void NoCoordinatorForGap(ILogger logger, string teamKey);

    [LoggerMessage(2405, LogLevel.Information, "Nobody is on call in team {TeamKey} (gap {Gap}): told {Told} of {Coordinators} coordinators")]
    public static partial void GapAlerted(ILogger logger, string teamKey, string gap, int told, int coordinators);

    [LoggerMessage(2406, LogLevel.Warning, "The gap alert for team {TeamKey} could not reach coordinator {EntraId} ({Outcome})")]
    public static partial void GapAlertNotDelivered(ILogger logger, string teamKey, string entraId, ReachOutcome outcome);

    [LoggerMessage(2407, LogLevel.Warning, "The roster of team {TeamKey} could not be read; cards name the configured sparring contact meanwhile")]
    public static partial void RosterUnreadable(ILogger logger, Exception exception, string teamKey);
}
