using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bot.Protocol.Authentication;

/// <summary>
/// The signing keys of one authority, fetched from its OpenID metadata and cached. A failed refresh keeps the last
/// good keys and backs off (30 s, doubling to 10 min) so that an outage at the authority is not answered with a fetch
/// per request; a key id not yet seen (keys rotate) refetches at most once a minute. A failure never throws: the
/// caller gets the last good keys, or null when none were ever fetched.
/// </summary>
/// <remarks>
/// <see cref="ConfigurationManager{T}"/> would cache too, but it refreshes in the background on the wall clock and
/// keeps its failure policy to itself; this cache runs on the injected <see cref="TimeProvider"/>, so every rule
/// above is tested to the second.
/// </remarks>
internal sealed class SigningKeyCache(
    TokenAuthority authority, Uri metadataUrl, TimeSpan lifetime, Func<HttpClient> httpClients, TimeProvider time, ILogger log) : IDisposable
{
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestRetryDelay = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeys? _current;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;
    private int _failures;

    public void Dispose() => _gate.Dispose();

    /// <summary>The cached keys, refreshed when older than their lifetime unless backing off after a failure.</summary>
    public Task<SigningKeys?> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && IsFresh(current, time.GetUtcNow()) ? Task.FromResult<SigningKeys?>(current) : RefreshAsync(unknownKey: false, cancellationToken);
    }

    /// <summary>Refreshes because a token named a key id the cache does not have, at most once a minute.</summary>
    public Task<SigningKeys?> RefreshForUnknownKeyAsync(CancellationToken cancellationToken) => RefreshAsync(unknownKey: true, cancellationToken);

    private bool IsFresh(SigningKeys keys, DateTimeOffset now) => now - keys.FetchedAt < lifetime;

    private async Task<SigningKeys?> RefreshAsync(bool unknownKey, CancellationToken cancellationToken)
    {
        // Every decision is taken under the gate, so requests queued behind a fetch see its outcome instead of repeating it.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var notDue = now < _retryAt
                || (unknownKey ? now - _lastAttempt < UnknownKeyRefreshInterval : _current is not null && IsFresh(_current, now));
            if (notDue)
            {
                return _current;
            }

            _lastAttempt = now;
            try
            {
                _current = await FetchAsync(cancellationToken);
                _failures = 0;
                _retryAt = DateTimeOffset.MinValue;
                Log.SigningKeysFetched(log, authority, _current.Keys.Count, metadataUrl);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _failures++;
                var delay = RetryDelay(_failures);
                _retryAt = now + delay;
                Log.SigningKeysRefreshFailed(log, error, authority, metadataUrl, _current is not null, delay);
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static TimeSpan RetryDelay(int failures) =>
        failures >= 6 ? LongestRetryDelay : TimeSpan.FromTicks(Math.Min(FirstRetryDelay.Ticks << (failures - 1), LongestRetryDelay.Ticks));

    private async Task<SigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        // Plain HTTP only for a loopback authority (a local test double); the real ones are HTTPS.
        // A client per fetch, so the factory's handler rotation (DNS changes) reaches this long-lived cache.
        var documents = new HttpDocumentRetriever(httpClients()) { RequireHttps = !metadataUrl.IsLoopback };
        var metadata = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, documents, cancellationToken);
        var keys = metadata.JsonWebKeySet?.GetSigningKeys() ?? [];
        if (keys.Count == 0)
        {
            throw new InvalidDataException($"The key set named by {metadataUrl} has no signing keys.");
        }

        Dictionary<string, IReadOnlyList<string>> endorsements = new(StringComparer.Ordinal);
        foreach (var key in metadata.JsonWebKeySet!.Keys)
        {
            if (key.Kid is { } kid && key.AdditionalData.TryGetValue("endorsements", out var listed))
            {
                endorsements[kid] = ChannelIds(listed);
            }
        }

        return new SigningKeys([.. keys], endorsements, time.GetUtcNow());
    }

    // The Bot Framework's JWKS extension that JsonWebKey does not model; the library keeps it as raw JSON or a list.
    private static string[] ChannelIds(object? listed) => listed switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        IEnumerable<object> items => [.. items.Select(i => i is JsonElement { ValueKind: JsonValueKind.String } e ? e.GetString() : i as string).OfType<string>()],
        _ => [],
    };
}
