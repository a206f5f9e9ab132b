using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Authentication;

/// <summary>The rule a rejected channel token broke, as logged and as told to the caller.</summary>
public enum TokenRule
{
    /// <summary>Not a readable JWT.</summary>
    Malformed,

    /// <summary>The issuer is neither the Bot Framework nor an accepted Entra tenant.</summary>
    Issuer,

    /// <summary>No signing keys of the token's authority could be fetched yet.</summary>
    SigningKeysUnavailable,

    /// <summary>Not signed by a published key of the token's authority.</summary>
    Signature,

    /// <summary>Signed with an algorithm other than RS256/384/512 (or not signed).</summary>
    Algorithm,

    /// <summary>Expired, not yet valid, or without an expiry.</summary>
    Lifetime,

    /// <summary>Not issued for this bot's app id.</summary>
    Audience,

    /// <summary>A Bot Framework key not endorsed for the activity's channel.</summary>
    Endorsement,

    /// <summary>The <c>serviceurl</c> claim is not the activity's serviceUrl.</summary>
    ServiceUrl,

    /// <summary>An Entra token whose <c>tid</c> is not the tenant in its issuer.</summary>
    Tenant,

    /// <summary>
    /// A token of the bot's own tenant from an app that is neither the bot itself nor listed in
    /// <see cref="BotAuthenticationOptions.OwnTenantCallers"/> (its <c>azp</c>, or <c>appid</c> in a v1 token).
    /// </summary>
    CallerNotAllowed,

    /// <summary>Refused by the validation library for another reason.</summary>
    Other,
}

/// <summary>Maps validation outcomes to rules, and rules to the reason the caller is told.</summary>
internal static class TokenRules
{
    public static TokenRule Of(Exception? error) => error switch
    {
        SecurityTokenInvalidIssuerException => TokenRule.Issuer,
        SecurityTokenInvalidAudienceException => TokenRule.Audience,
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException
            or SecurityTokenNoExpirationException => TokenRule.Lifetime,
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => TokenRule.Signature,
        SecurityTokenInvalidAlgorithmException => TokenRule.Algorithm,
        SecurityTokenMalformedException => TokenRule.Malformed,
        _ => TokenRule.Other,
    };

    public static string Describe(TokenRule rule) => rule switch
    {
        TokenRule.Malformed => "The token is malformed.",
        TokenRule.Issuer => "The token's issuer is neither the Bot Framework nor an accepted Entra tenant.",
        TokenRule.SigningKeysUnavailable => "The channel's signing keys could not be fetched, so the token cannot be checked yet.",
        TokenRule.Signature => "The token's signature is not valid.",
        TokenRule.Algorithm => "The token's signing algorithm is not allowed.",
        TokenRule.Lifetime => "The token has expired or is not yet valid.",
        TokenRule.Audience => "The token is not for this bot (audience).",
        TokenRule.Endorsement => "The token's signing key is not endorsed for the channel.",
        TokenRule.ServiceUrl => "The token's serviceurl claim does not match the activity's serviceUrl.",
        TokenRule.Tenant => "The token's tid claim is not the tenant of its issuer.",
        TokenRule.CallerNotAllowed => "The token is from the bot's own tenant, but its app (azp/appid) is not allowed to call the bot.",
        _ => "The token is not valid.",
    };
}
