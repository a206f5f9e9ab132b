using System.Security.Claims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Authentication;

/// <summary>
/// Validates Bot Framework channel tokens as the Bot Framework SDK did: issuer, signature from the
/// channel's keys (RS256/384/512), lifetime with 5 minutes' skew, audience = app id, the signing key's
/// endorsement of the channel, and the <c>serviceurl</c> claim = the activity's serviceUrl.
/// With no app id in Development, requests without a token are let in (the Agents Playground sends none);
/// a request that does carry a token is then refused, since there is no audience to check it against.
/// </summary>
public sealed class ChannelTokenAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    IHostEnvironment environment,
    SigningKeySource signingKeys,
    TimeProvider time,
    ILogger<ChannelTokenAuthenticator> log) : IInboundAuthenticator
{
    /// <summary>The clock skew tolerated on <c>nbf</c> and <c>exp</c>.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <inheritdoc />
    public async Task<InboundAuthenticationResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var appId = options.Value.MicrosoftAppId;
        if (string.IsNullOrWhiteSpace(appId))
        {
            return !AnonymousMode.IsOn(options.Value, environment) ? InboundAuthenticationResult.Fail("Authentication is not configured: set Bot:MicrosoftAppId.")
                : authorizationHeader is null ? InboundAuthenticationResult.Anonymous()
                : InboundAuthenticationResult.Fail("A token was sent, but no Bot:MicrosoftAppId is configured to validate it.");
        }

        if (authorizationHeader is null)
        {
            return InboundAuthenticationResult.Fail("The Authorization header is missing.");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return InboundAuthenticationResult.Fail("The Authorization header must be 'Bearer <token>'.");
        }

        var keys = await signingKeys.GetAsync(cancellationToken);
        var result = await ValidateAsync(parts[1], appId, keys);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            keys = await signingKeys.RefreshForUnknownKeyAsync(keys, cancellationToken);
            result = await ValidateAsync(parts[1], appId, keys);
        }

        if (!result.IsValid)
        {
            Log.TokenRejected(log, result.Exception?.GetType().Name);
            return InboundAuthenticationResult.Fail(Describe(result.Exception));
        }

        var token = (JsonWebToken)result.SecurityToken;
        return CheckEndorsement(keys, token.Kid, channelId)
            ?? CheckServiceUrl(token, serviceUrl)
            ?? InboundAuthenticationResult.Success(result.ClaimsIdentity);
    }

    private Task<TokenValidationResult> ValidateAsync(string token, string appId, SigningKeys keys) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Value.ValidIssuer,
            ValidAudience = appId,
            IssuerSigningKeys = keys.Keys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = ValidLifetime,
        });

    // Lifetime against the injected clock, so the skew rules are testable to the second.
    private bool ValidLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && exp.ToUniversalTime() + ClockSkew >= now
            && (notBefore is not { } nbf || nbf.ToUniversalTime() - ClockSkew <= now);
    }

    private static InboundAuthenticationResult? CheckEndorsement(SigningKeys keys, string? keyId, string? channelId)
    {
        if (keyId is null || !keys.Endorsements.TryGetValue(keyId, out var endorsed))
        {
            return InboundAuthenticationResult.Fail("The token's signing key is not endorsed for any channel.");
        }

        return string.IsNullOrEmpty(channelId) || endorsed.Contains(channelId, StringComparer.OrdinalIgnoreCase)
            ? null
            : InboundAuthenticationResult.Fail($"The token's signing key is not endorsed for the channel '{channelId}'.");
    }

    private static InboundAuthenticationResult? CheckServiceUrl(JsonWebToken token, string? serviceUrl) =>
        token.TryGetClaim("serviceurl", out Claim claim) && string.Equals(claim.Value, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : InboundAuthenticationResult.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");

    private static string Describe(Exception? error) => error switch
    {
        SecurityTokenInvalidIssuerException => "The token's issuer is not the Bot Framework.",
        SecurityTokenInvalidAudienceException => "The token is not for this bot (audience).",
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException => "The token has expired or is not yet valid.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenMalformedException => "The token is malformed.",
        _ => "The token is not valid.",
    };
}
