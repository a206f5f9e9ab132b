using System.Net;
using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Connector;

/// <summary>Log messages of the connector client (event ids 1201–1249). Never logs tokens or message text.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(1201, LogLevel.Warning, "Refused to call the connector at {ServiceUrl} for {Operation}: {Reason}. No request was sent and no token left the bot")]
    public static partial void ServiceUrlRefused(ILogger logger, string serviceUrl, string operation, string reason);

    [LoggerMessage(1202, LogLevel.Warning, "Identity problem: the connector refused the bot on {Operation} with {Status} ({ErrorCode}). "
        + "A 401 everywhere means the credentials: check Bot:MicrosoftAppId, the bot's secret or certificate and Bot:MicrosoftAppTenantId; "
        + "a 403 in one team or chat usually means the bot is not installed there (add the app to that team)")]
    public static partial void IdentityRefused(ILogger logger, string operation, HttpStatusCode status, string? errorCode);

    [LoggerMessage(1203, LogLevel.Warning, "Refused an activity whose serviceUrl {ServiceUrl} is not an allowed connector host: {Reason}")]
    public static partial void InboundServiceUrlRefused(ILogger logger, string? serviceUrl, string reason);
}
