using System.Net;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// Sits between the bot and the real Azurite and fails the storage calls a test picks (say, the board's query),
/// so a test can make storage fail at one exact step of a turn. Everything else reaches Azurite unchanged.
/// </summary>
public sealed class StorageFaults() : DelegatingHandler(new SocketsHttpHandler())
{
    private Func<HttpRequestMessage, bool>? _failWhen;

    public int Failed { get; private set; }

    /// <summary>From now on, matching calls fail as an unreachable service does; null stops failing.</summary>
    public void FailWhen(Func<HttpRequestMessage, bool>? predicate) => _failWhen = predicate;

    /// <summary>A query (GET with a filter) on the given table.</summary>
    public static Func<HttpRequestMessage, bool> QueryOn(string table) =>
        r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath.Contains(table + "()", StringComparison.Ordinal);

    /// <summary>An insert (POST) into the given table.</summary>
    public static Func<HttpRequestMessage, bool> InsertInto(string table) =>
        r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith(table, StringComparison.Ordinal);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_failWhen?.Invoke(request) == true)
        {
            Failed++;
            throw new HttpRequestException("Storage unreachable (injected).", null, HttpStatusCode.ServiceUnavailable);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
