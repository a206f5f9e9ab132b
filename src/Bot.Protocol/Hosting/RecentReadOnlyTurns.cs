using System.Collections.Concurrent;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>
/// Processed-once for read-only routes, in memory: the activities this instance handled lately, with their answers.
/// A read-only turn changes nothing, so running it twice is harmless: at worst a redelivery that reaches another
/// instance, or arrives after its entry was dropped (older than <see cref="KeptFor"/>, or pushed out by
/// <see cref="Capacity"/> newer ones), is answered twice. That is why it needs no durable claim and no completion, two
/// storage round trips on every turn; what this memory saves is the second answer in the common case, a redelivery
/// on the same instance within seconds.
/// </summary>
internal sealed class RecentReadOnlyTurns(TimeProvider time, int capacity = RecentReadOnlyTurns.DefaultCapacity)
{
    public const int DefaultCapacity = 20_000;

    /// <summary>Teams redelivers within seconds of a slow answer; two minutes is the durable claims' stale time too.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, Entry> _turns = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, Entry Entry)> _byAge = new();
    private int _count;

    public int Capacity { get; } = capacity;

    /// <summary>Claims the activity; false when this instance is handling or handled it, with the first answer when there is one.</summary>
    public bool TryClaim(ActivityKey key, out InvokeResponse? firstAnswer)
    {
        Trim();
        var entry = new Entry(time.GetTimestamp());
        var id = Id(key);
        if (_turns.TryAdd(id, entry))
        {
            _byAge.Enqueue((id, entry));
            Interlocked.Increment(ref _count);
            firstAnswer = null;
            return true;
        }

        firstAnswer = _turns.TryGetValue(id, out var first) ? first.Answer : null;
        return false;
    }

    /// <summary>Keeps the answer for a redelivery.</summary>
    public void Complete(ActivityKey key, InvokeResponse? answer)
    {
        if (_turns.TryGetValue(Id(key), out var entry))
        {
            entry.Answer = answer;
        }
    }

    /// <summary>The turn failed: a redelivery runs it again.</summary>
    public void Release(ActivityKey key)
    {
        if (_turns.TryRemove(Id(key), out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>Drops the oldest entries: those past <see cref="KeptFor"/>, and any beyond <see cref="Capacity"/>.</summary>
    private void Trim()
    {
        while (_byAge.TryPeek(out var oldest)
            && (Volatile.Read(ref _count) >= Capacity || time.GetElapsedTime(oldest.Entry.Started) > KeptFor)
            && _byAge.TryDequeue(out oldest))
        {
            // Only the entry this queue item was made for: a released and reclaimed id has a newer one.
            if (_turns.TryRemove(new KeyValuePair<string, Entry>(oldest.Key, oldest.Entry)))
            {
                Interlocked.Decrement(ref _count);
            }
        }
    }

    private static string Id(ActivityKey key) => string.Concat(key.ChannelId, "\n", key.ConversationId, "\n", key.ActivityId);

    private sealed class Entry(long started)
    {
        public long Started { get; } = started;

        public InvokeResponse? Answer { get; set; }
    }
}
