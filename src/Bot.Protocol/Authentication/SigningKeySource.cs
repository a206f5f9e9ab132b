using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Authentication;

/// <summary>
/// The signing keys of the two authorities channel tokens come from: the Bot Framework (whose JWKS entries carry
/// the channels each key is endorsed for) and Entra ID (the <c>common</c> v2 metadata). Each is fetched only when a
/// token from that authority arrives, and cached apart, so an outage at one does not touch the other.
/// </summary>
public sealed class SigningKeySource : IDisposable
{
    /// <summary>The name of the HttpClient used for metadata, so hosts and tests can configure it.</summary>
    public const string HttpClientName = "Bot.Protocol.OpenIdMetadata";

    private readonly SigningKeyCache _botFramework;
    private readonly SigningKeyCache _entra;

    /// <summary>Creates the two caches from the configured metadata addresses.</summary>
    public SigningKeySource(IHttpClientFactory httpClients, IOptions<BotAuthenticationOptions> options, TimeProvider time, ILogger<SigningKeySource> log)
    {
        var o = options.Value;
        HttpClient Client() => httpClients.CreateClient(HttpClientName);
        _botFramework = new(TokenAuthority.BotFramework, o.OpenIdMetadataUrl, o.SigningKeysLifetime, Client, time, log);
        _entra = new(TokenAuthority.Entra, o.EntraOpenIdMetadataUrl, o.SigningKeysLifetime, Client, time, log);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _botFramework.Dispose();
        _entra.Dispose();
    }

    /// <summary>The authority's keys: cached, or fetched when missing or expired; the last good keys when a fetch fails; null when none were ever fetched.</summary>
    public Task<SigningKeys?> GetAsync(TokenAuthority authority, CancellationToken cancellationToken) =>
        Of(authority).GetAsync(cancellationToken);

    /// <summary>Refetches because a token named a key id the cache does not have (at most once a minute, and not while backing off).</summary>
    public Task<SigningKeys?> RefreshForUnknownKeyAsync(TokenAuthority authority, CancellationToken cancellationToken) =>
        Of(authority).RefreshForUnknownKeyAsync(cancellationToken);

    private SigningKeyCache Of(TokenAuthority authority) => authority == TokenAuthority.BotFramework ? _botFramework : _entra;
}
