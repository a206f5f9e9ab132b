using System.Collections.Concurrent;
using TeamsBot.DueWork;

namespace TeamsBot.Tests.DueWork;

/// <summary>A handler that notes each run and when (real time), and fails its first <paramref name="failFirst"/> runs.</summary>
internal sealed class RecordingHandler(string kind = RecordingHandler.DefaultKind, int failFirst = 0) : IDueWorkHandler
{
    public const string DefaultKind = "test-work";

    private readonly ConcurrentQueue<(DueItem Item, DateTimeOffset At)> _done = new();
    private int _calls;

    public string Kind => kind;

    /// <summary>Every call, failed or not.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The runs that succeeded, with the real time each ran.</summary>
    public IReadOnlyList<(DueItem Item, DateTimeOffset At)> Done => [.. _done];

    public Task HandleAsync(DueItem item, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) <= failFirst)
        {
            throw new InvalidOperationException("A planned failure.");
        }

        _done.Enqueue((item, TimeProvider.System.GetUtcNow()));
        return Task.CompletedTask;
    }

    public IEnumerable<string> DoneKeys() => Done.Select(d => d.Item.Key);
}

internal static class Eventually
{
    /// <summary>Waits until the condition holds; a bound on waiting, not on speed (the test asserts timing itself where it matters).</summary>
    public static async Task HoldsAsync(Func<bool> condition, TimeSpan bound)
    {
        var deadline = TimeProvider.System.GetUtcNow() + bound;
        while (!condition() && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(20);
        }
    }
}
