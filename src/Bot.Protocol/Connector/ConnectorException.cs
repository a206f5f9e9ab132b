using System.Net;

namespace Bot.Protocol.Connector;

/// <summary>The connector answered with a non-success status after all retries.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectorException(HttpStatusCode statusCode, string operation, string? responseBody)
        : base($"Connector {operation} failed with {(int)statusCode} {statusCode}.")
    {
        StatusCode = statusCode;
        Operation = operation;
        ResponseBody = responseBody;
    }

    /// <summary>The final HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }
    /// <summary>Which call failed, e.g. <c>update activity</c>.</summary>
    public string Operation { get; }
    /// <summary>The connector's error body, for diagnostics (never shown to users).</summary>
    public string? ResponseBody { get; }

    /// <summary>True when the message is gone or can no longer be edited.</summary>
    public bool IsMessageGone =>
        StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest;
}
