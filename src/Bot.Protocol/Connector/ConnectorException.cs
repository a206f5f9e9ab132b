using System.Net;

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
        : base($"Connector {operation} failed with {(int)statusCode} {statusCode}.")
    {
        StatusCode = statusCode;
        Operation = operation;
        ResponseBody = responseBody;
    }

    /// <summary>The final HTTP status; 0 when there was no answer.</summary>
    public HttpStatusCode StatusCode { get; }
    /// <summary>Which call failed, e.g. <c>update activity</c>.</summary>
    public string Operation { get; }
    /// <summary>The connector's error body, for diagnostics (never shown to users).</summary>
    public string? ResponseBody { get; }

    /// <summary>True when no answer came at all: refused, reset, or timed out.</summary>
    public bool IsUnreachable => StatusCode == 0;

    /// <summary>True when the message is gone or can no longer be edited.</summary>
    public bool IsMessageGone =>
        StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest;
}
