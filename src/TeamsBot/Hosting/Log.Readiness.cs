namespace TeamsBot.Hosting;

/// <summary>Start-up and readiness messages (2010–2029).</summary>
internal static partial class Log
{
    [LoggerMessage(2010, LogLevel.Information, "Outbound identity works: a {AppType} token for the Bot Framework connector was acquired")]
    public static partial void OutboundIdentityReady(ILogger logger, string appType);

    [LoggerMessage(2011, LogLevel.Error, "Outbound identity problem: no {AppType} token for the Bot Framework connector could be acquired, so the bot "
        + "cannot post to Teams ({Reason}). Check {Keys}. /readyz reports it until a token is acquired")]
    public static partial void OutboundIdentityFailed(ILogger logger, string appType, string? reason, string keys);

    [LoggerMessage(2012, LogLevel.Warning, "Readiness check {Check} failed: {Description}")]
    public static partial void ReadinessCheckFailed(ILogger logger, string check, string? description);
}
