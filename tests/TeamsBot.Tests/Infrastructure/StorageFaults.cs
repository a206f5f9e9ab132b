using System.Net;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// Sits between the bot and the real Azurite and fails the storage calls a test picks (say, the board's query),
/// so a test can make storage fail at one exact step of a turn. Everything else reaches Azurite unchanged.
/// </summary>
public sealed class StorageFaults() : DelegatingHandler(new SocketsHttpHandler())
{
    /// <summary>A held answer is given up on by the client long before this; the cap only keeps a broken test from hanging.</summary>
    private static readonly TimeSpan HoldAtMost = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private Func<HttpRequestMessage, bool>? _failWhen;
    private Func<HttpRequestMessage, bool>? _delayAnswerOnce;
    private FailOnceFault? _failOnce;
    private int _failed;
    private int _delayed;

    public int Failed => Volatile.Read(ref _failed);

    /// <summary>How many requests were applied by Azurite but answered too late for the client.</summary>
    public int Delayed => Volatile.Read(ref _delayed);

    /// <summary>From now on, matching calls fail as an unreachable service does; null stops failing.</summary>
    public void FailWhen(Func<HttpRequestMessage, bool>? predicate) => _failWhen = predicate;

    /// <summary>
    /// The next matching call reaches Azurite and is applied, but its answer is held until the client stops waiting
    /// (its per-request timeout): a write that succeeded and answered late. The client's retry then goes through.
    /// </summary>
    public void DelayAnswerOnce(Func<HttpRequestMessage, bool> predicate)
    {
        lock (_gate)
        {
            _delayAnswerOnce = predicate;
        }
    }

    /// <summary>
    /// The next matching call fails before it reaches Azurite; <paramref name="meanwhile"/> runs first (another
    /// writer getting in), so the client's retry meets a row it did not write.
    /// </summary>
    public void FailOnce(Func<HttpRequestMessage, bool> predicate, Func<Task> meanwhile)
    {
        lock (_gate)
        {
            _failOnce = new FailOnceFault(predicate, meanwhile);
        }
    }

    /// <summary>A query (GET with a filter) on the given table.</summary>
    public static Func<HttpRequestMessage, bool> QueryOn(string table) =>
        r => r.Method == HttpMethod.Get && r.RequestUri!.AbsolutePath.Contains(table + "()", StringComparison.Ordinal);

    /// <summary>An insert (POST) into the given table.</summary>
    public static Func<HttpRequestMessage, bool> InsertInto(string table) =>
        r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith(table, StringComparison.Ordinal);

    /// <summary>A transaction (an entity group POSTed to $batch); it names no table in its address.</summary>
    public static Func<HttpRequestMessage, bool> Transaction() =>
        r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal);

    /// <summary>A replace or merge of one entity in the given table.</summary>
    public static Func<HttpRequestMessage, bool> UpdateIn(string table) =>
        r => (r.Method == HttpMethod.Put || r.Method == HttpMethod.Patch || r.Method.Method == "MERGE")
            && r.RequestUri!.AbsolutePath.Contains(table + "(PartitionKey=", StringComparison.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_failWhen?.Invoke(request) == true)
        {
            Interlocked.Increment(ref _failed);
            throw Unreachable();
        }

        if (Take(ref _failOnce, f => f.Predicate(request)) is { } failOnce)
        {
            await failOnce.Meanwhile();
            Interlocked.Increment(ref _failed);
            throw Unreachable();
        }

        var delay = Take(ref _delayAnswerOnce, p => p(request)) is not null;
        var response = await base.SendAsync(request, cancellationToken);
        if (delay)
        {
            Interlocked.Increment(ref _delayed);
            try
            {
                await Task.Delay(HoldAtMost, cancellationToken); // Applied; the answer never arrives in time.
            }
            catch (OperationCanceledException)
            {
                response.Dispose();
                throw;
            }
        }

        return response;
    }

    /// <summary>Clears a one-shot fault when it matches, so only one request ever meets it.</summary>
    private T? Take<T>(ref T? fault, Func<T, bool> matches)
        where T : class
    {
        lock (_gate)
        {
            if (fault is { } armed && matches(armed))
            {
                fault = null;
                return armed;
            }

            return null;
        }
    }

    private static HttpRequestException Unreachable() => new("Storage unreachable (injected).", null, HttpStatusCode.ServiceUnavailable);

    private sealed record FailOnceFault(Func<HttpRequestMessage, bool> Predicate, Func<Task> Meanwhile);
}
