using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Authentication;

/// <summary>
/// Fetches and caches the channel's signing keys: the OpenID metadata names the JWKS, whose entries carry
/// an <c>endorsements</c> array that <see cref="JsonWebKey"/> does not model, so the JSON is read here.
/// A key id not yet seen forces one refetch (keys rotate), at most once a minute.
/// </summary>
public sealed class SigningKeySource(IHttpClientFactory httpClients, IOptions<BotAuthenticationOptions> options, TimeProvider time) : IDisposable
{
    /// <summary>The name of the HttpClient used for metadata, so hosts and tests can configure it.</summary>
    public const string HttpClientName = "Bot.Protocol.OpenIdMetadata";

    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private SigningKeys? _current;

    /// <inheritdoc />
    public void Dispose() => _refresh.Dispose();

    /// <summary>The cached keys, fetched when missing or expired.</summary>
    public async Task<SigningKeys> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && time.GetUtcNow() - current.FetchedAt < options.Value.SigningKeysLifetime
            ? current
            : await RefreshAsync(current, cancellationToken);
    }

    /// <summary>Refetches because a token named a key id the cache does not have.</summary>
    public async Task<SigningKeys> RefreshForUnknownKeyAsync(SigningKeys seen, CancellationToken cancellationToken) =>
        time.GetUtcNow() - seen.FetchedAt < MinimumRefreshInterval ? seen : await RefreshAsync(seen, cancellationToken);

    private async Task<SigningKeys> RefreshAsync(SigningKeys? seen, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(_current, seen) && _current is not null)
            {
                return _current; // Another caller refreshed while we waited.
            }

            var http = httpClients.CreateClient(HttpClientName);
            using var metadata = JsonDocument.Parse(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
            var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
            var jwks = await http.GetStringAsync(new Uri(jwksUri), cancellationToken);
            _current = Parse(jwks, time.GetUtcNow());
            return _current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    internal static SigningKeys Parse(string jwks, DateTimeOffset fetchedAt)
    {
        var keys = new JsonWebKeySet(jwks).GetSigningKeys();
        Dictionary<string, IReadOnlyList<string>> endorsements = new(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[id] = [.. list.EnumerateArray().Select(e => e.GetString()).OfType<string>()];
            }
        }

        return new SigningKeys([.. keys], endorsements, fetchedAt);
    }
}
