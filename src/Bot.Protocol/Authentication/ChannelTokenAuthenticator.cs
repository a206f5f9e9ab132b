using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Authentication;

/// <summary>
/// Validates channel tokens as the Agents SDK does. Two authorities sign them:
/// the Bot Framework (issuer <c>https://api.botframework.com</c>, keys from its metadata, each endorsed for channels,
/// and a <c>serviceurl</c> claim that must equal the activity's serviceUrl), and Entra ID on behalf of the Bot
/// Service's tenants or the bot's own (keys from the <c>common</c> v2 metadata, <c>tid</c> = the tenant in the issuer,
/// no endorsements, and <c>serviceurl</c> checked when present; from the bot's own tenant only the bot itself and
/// <see cref="BotAuthenticationOptions.OwnTenantCallers"/> may call). Both: signature (RS256/384/512), lifetime with
/// 5 minutes' skew, audience = app id. The token's claimed issuer picks the authority; any other issuer is refused
/// before a key is fetched. A rejected token is logged with its iss, aud, kid and the rule it broke, never more.
/// With no app id in Development, requests without a token are let in (the Agents Playground sends none);
/// a request that does carry a token is then refused, since there is no audience to check it against.
/// </summary>
/// <remarks>
/// When no keys of the token's authority were ever fetched and fetching fails, the request is refused (401) rather
/// than answered 503: the endpoint's contract stays "a request we cannot authenticate gets 401", as ASP.NET Core's
/// JwtBearer answers when its metadata is unreachable, and the log says why (events 1101 and 1103).
/// </remarks>
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
    private readonly ChannelIssuers _issuers = new(options.Value.ValidIssuer, options.Value.MicrosoftAppTenantId);
    private readonly ConcurrentDictionary<string, bool> _issuersSeen = new(StringComparer.Ordinal);

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

        var facts = TokenFacts.Read(_handler, parts[1]);
        if (facts is null)
        {
            return Reject(TokenRule.Malformed, TokenFacts.None);
        }

        return _issuers.Find(facts.Issuer) is { } issuer
            ? await ValidateAsync(parts[1], facts, issuer, appId, channelId, serviceUrl, cancellationToken)
            : Reject(TokenRule.Issuer, facts);
    }

    private async Task<InboundAuthenticationResult> ValidateAsync(string token, TokenFacts facts, AcceptedIssuer issuer, string appId,
        string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var keys = await signingKeys.GetAsync(issuer.Authority, cancellationToken);
        var result = keys is null ? null : await ValidateAsync(token, issuer.Authority, appId, keys);
        if (keys is null || result?.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            keys = await signingKeys.RefreshForUnknownKeyAsync(issuer.Authority, cancellationToken) ?? keys;
            result = keys is null ? null : await ValidateAsync(token, issuer.Authority, appId, keys);
        }

        if (keys is null || result is null) // result is null exactly when keys are
        {
            return Reject(TokenRule.SigningKeysUnavailable, facts);
        }

        if (!result.IsValid)
        {
            return Reject(TokenRules.Of(result.Exception), facts);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var broken = issuer.Authority == TokenAuthority.BotFramework
            ? CheckEndorsement(keys, jwt.Kid, channelId) ?? CheckServiceUrl(jwt, serviceUrl, required: true)
            : CheckTenant(jwt, issuer.Tenant!) ?? CheckOwnTenantCaller(jwt, issuer, appId) ?? CheckServiceUrl(jwt, serviceUrl, required: false);
        if (broken is { } rule)
        {
            return Reject(rule.Rule, facts, rule.Reason);
        }

        if (_issuersSeen.TryAdd(facts.Issuer!, true))
        {
            Log.FirstTokenFromIssuer(log, facts.Issuer!, issuer.Authority);
        }

        return InboundAuthenticationResult.Success(result.ClaimsIdentity);
    }

    private Task<TokenValidationResult> ValidateAsync(string token, TokenAuthority authority, string appId, SigningKeys keys) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = _issuers.Of(authority),
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

    private static (TokenRule Rule, string Reason)? CheckEndorsement(SigningKeys keys, string? keyId, string? channelId)
    {
        if (keyId is null || !keys.Endorsements.TryGetValue(keyId, out var endorsed))
        {
            return (TokenRule.Endorsement, "The token's signing key is not endorsed for any channel.");
        }

        return string.IsNullOrEmpty(channelId) || endorsed.Contains(channelId, StringComparer.OrdinalIgnoreCase)
            ? null
            : (TokenRule.Endorsement, $"The token's signing key is not endorsed for the channel '{channelId}'.");
    }

    private static (TokenRule Rule, string Reason)? CheckServiceUrl(JsonWebToken token, string? serviceUrl, bool required)
    {
        if (!token.TryGetClaim("serviceurl", out Claim claim))
        {
            return required ? (TokenRule.ServiceUrl, "The token has no serviceurl claim.") : null;
        }

        return string.Equals(claim.Value, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : (TokenRule.ServiceUrl, TokenRules.Describe(TokenRule.ServiceUrl));
    }

    // Entra's common keys sign for every tenant, so the issuer alone does not say whose token it is: the tid must agree.
    private static (TokenRule Rule, string Reason)? CheckTenant(JsonWebToken token, string tenant) =>
        token.TryGetPayloadValue<string>("tid", out var tid) && string.Equals(tid, tenant, StringComparison.OrdinalIgnoreCase)
            ? null
            : (TokenRule.Tenant, TokenRules.Describe(TokenRule.Tenant));

    // In the bot's own tenant any app or managed identity can get a token for the bot's app id (client credentials),
    // which would let it post as anyone: only the bot itself and the listed apps may call. The Bot Service's tenants
    // are Microsoft's, where no app of ours or of an attacker gets a token; which app id the Bot Service names in its
    // tokens is not documented, so theirs are not checked for it. Entra puts the caller in azp (v2) or appid (v1).
    private (TokenRule Rule, string Reason)? CheckOwnTenantCaller(JsonWebToken token, AcceptedIssuer issuer, string appId)
    {
        if (!issuer.IsOwnTenant)
        {
            return null;
        }

        var callerClaim = token.TryGetPayloadValue<string>("ver", out var version) && version == "2.0" ? "azp" : "appid";
        var caller = token.TryGetPayloadValue<string>(callerClaim, out var value) ? value : null;
        var allowed = caller is not null
            && (string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase)
                || options.Value.OwnTenantCallers.Contains(caller, StringComparer.OrdinalIgnoreCase));
        return allowed ? null : (TokenRule.CallerNotAllowed, TokenRules.Describe(TokenRule.CallerNotAllowed));
    }

    private InboundAuthenticationResult Reject(TokenRule rule, TokenFacts facts, string? reason = null)
    {
        Log.TokenRejected(log, rule, TokenFacts.Loggable(facts.Issuer), TokenFacts.Loggable(facts.Audience), TokenFacts.Loggable(facts.KeyId));
        return InboundAuthenticationResult.Fail(reason ?? TokenRules.Describe(rule));
    }
}
