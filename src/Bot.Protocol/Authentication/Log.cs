using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Authentication;

/// <summary>Log messages of inbound authentication. Never logs tokens, nor any claim beyond iss, aud and kid.</summary>
internal static partial class Log
{
    [LoggerMessage(1101, LogLevel.Warning, "Rejected a channel token ({Rule}): iss {Issuer}, aud {Audience}, kid {KeyId}")]
    public static partial void TokenRejected(ILogger logger, TokenRule rule, string? issuer, string? audience, string? keyId);

    [LoggerMessage(1102, LogLevel.Warning,
        "ANONYMOUS MODE: requests to the bot are accepted WITHOUT a token, because the environment is {Environment} and "
        + "Bot:MicrosoftAppId is not set. Anyone who can reach this endpoint can post activities as any user. This is meant "
        + "only for local emulators such as the Agents Playground. To require Bot Framework tokens, set Bot:MicrosoftAppId "
        + "(environment variable Bot__MicrosoftAppId); outside Development the bot refuses to start without it.")]
    public static partial void AcceptingRequestsWithoutToken(ILogger logger, string environment);

    [LoggerMessage(1103, LogLevel.Warning,
        "Could not refresh the {Authority} signing keys from {MetadataUrl}; keeping the last good keys: {KeptKeys}; next try in {RetryIn}")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, Exception error, TokenAuthority authority, Uri metadataUrl, bool keptKeys, TimeSpan retryIn);

    [LoggerMessage(1104, LogLevel.Information, "Fetched {Count} {Authority} signing keys from {MetadataUrl}")]
    public static partial void SigningKeysFetched(ILogger logger, TokenAuthority authority, int count, Uri metadataUrl);

    [LoggerMessage(1105, LogLevel.Information, "Accepted the first channel token from issuer {Issuer} ({Authority} keys)")]
    public static partial void FirstTokenFromIssuer(ILogger logger, string issuer, TokenAuthority authority);
}
