using System.Net;
using System.Text.Json;

namespace Bot.Protocol.Connector;

/// <summary>
/// The connector did not accept a call after all retries: it answered a non-success status, or it could
/// not be reached in time (<see cref="IsUnreachable"/>). Callers handle this one type for both.
/// </summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception for a connector that could not be reached or did not answer in time.</summary>
    public ConnectorException(string operation, Exception inner)
        : base($"Connector {operation} failed: the service could not be reached in time ({inner.GetType().Name}).", inner)
    {
        Operation = operation;
    }

    /// <summary>Creates the exception.</summary>
    public ConnectorException(HttpStatusCode statusCode, string operation, string? responseBody)
        : this(statusCode, operation, responseBody, CodeIn(responseBody))
    {
    }

    // The body is parsed once, for both the message and ErrorCode.
    private ConnectorException(HttpStatusCode statusCode, string operation, string? responseBody, string? errorCode)
        : base($"Connector {operation} failed with {(int)statusCode} {statusCode}{(errorCode is null ? "" : $" ({errorCode})")}.")
    {
        StatusCode = statusCode;
        Operation = operation;
        ResponseBody = responseBody;
        ErrorCode = errorCode;
    }

    private ConnectorException(string operation, string refusal)
        : base($"Connector {operation} refused before sending: {refusal}.")
    {
        Operation = operation;
        IsServiceUrlRefused = true;
    }

    /// <summary>Creates the exception for a service URL the bot will not send its token to (see <see cref="ServiceHosts"/>).</summary>
    public static ConnectorException ServiceUrlRefused(string operation, string refusal) => new(operation, refusal);

    /// <summary>The final HTTP status; 0 when there was no answer.</summary>
    public HttpStatusCode StatusCode { get; }
    /// <summary>Which call failed, e.g. <c>update activity</c>.</summary>
    public string Operation { get; }
    /// <summary>The connector's error body, for diagnostics (never shown to users).</summary>
    public string? ResponseBody { get; }
    /// <summary>The connector's error code (<c>error.code</c> in its body), e.g. <c>ActivityNotFound</c>; null when it gave none.</summary>
    public string? ErrorCode { get; }

    /// <summary>True when no answer came at all: refused, reset, or timed out.</summary>
    public bool IsUnreachable => StatusCode == 0 && !IsServiceUrlRefused;

    /// <summary>True when nothing was sent because the service URL is not an allowed connector host.</summary>
    public bool IsServiceUrlRefused { get; }

    /// <summary>
    /// True only when the connector says the message or its conversation no longer exists (404 with the code
    /// <c>ActivityNotFound</c> or <c>ConversationNotFound</c>). A 400, a 403 or a bare 404 can be passing (a throttled
    /// tenant, a permission being re-granted, a proxy), so they are not taken as "gone": posting anew would leave two.
    /// </summary>
    public bool IsMessageGone =>
        StatusCode == HttpStatusCode.NotFound
        && (string.Equals(ErrorCode, "ActivityNotFound", StringComparison.OrdinalIgnoreCase)
            || string.Equals(ErrorCode, "ConversationNotFound", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when the connector refused the bot itself (401/403): its credentials are wrong, or the bot is not (any
    /// more) in the team or chat.
    /// </summary>
    public bool IsIdentityProblem => StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    // The Bot Connector answers {"error":{"code":…,"message":…}}; some emulators answer {"code":…} at the top.
    private static string? CodeIn(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var holder = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? error : root;
            return holder.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() is { Length: > 0 and <= 100 } text
                ? text
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
