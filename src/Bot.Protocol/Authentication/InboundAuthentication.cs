using System.Security.Claims;

namespace Bot.Protocol.Authentication;

/// <summary>Decides whether an inbound request really comes from the channel.</summary>
public interface IInboundAuthenticator
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity's <c>channelId</c> and
    /// <c>serviceUrl</c> (a token is only good for the service URL it was issued for).
    /// </summary>
    Task<InboundAuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken);
}

/// <summary>The outcome of <see cref="IInboundAuthenticator.AuthenticateAsync"/>.</summary>
/// <param name="Succeeded">True when the request may be handled.</param>
/// <param name="FailureReason">Why not; safe to return to the caller (no token contents).</param>
/// <param name="Identity">The caller's claims; empty and unauthenticated in anonymous mode.</param>
public sealed record InboundAuthenticationResult(bool Succeeded, string? FailureReason, ClaimsIdentity? Identity)
{
    /// <summary>True when the request was let in without a token (local development only).</summary>
    public bool IsAnonymous => Succeeded && Identity is { IsAuthenticated: false };

    internal static InboundAuthenticationResult Anonymous() => new(true, null, new ClaimsIdentity());

    internal static InboundAuthenticationResult Success(ClaimsIdentity identity) => new(true, null, identity);

    internal static InboundAuthenticationResult Fail(string reason) => new(false, reason, null);
}
