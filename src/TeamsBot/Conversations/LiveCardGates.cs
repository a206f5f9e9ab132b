namespace TeamsBot.Conversations;

/// <summary>
/// One gate per live card: renders for a key never overlap, and a call whose change a later render already covers
/// does not render again. Gates idle for an hour are dropped (a day's board, a closed request's card).
/// </summary>
internal sealed class LiveCardGates(TimeProvider time)
{
    private static readonly TimeSpan IdleFor = TimeSpan.FromHours(1);

    private readonly Dictionary<LiveCardKey, Gate> _gates = [];
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    /// <summary>Enters the key's gate with a ticket; the caller then waits on <see cref="Gate.Lock"/>.</summary>
    public (Gate Gate, long Ticket) Enter(LiveCardKey key)
    {
        var now = time.GetUtcNow();
        lock (_gates)
        {
            // Under the same lock as the prune, so a gate someone just entered is never dropped.
            if (!_gates.TryGetValue(key, out var gate))
            {
                _gates[key] = gate = new Gate();
            }

            gate.LastUsed = now;
            var ticket = ++gate.Requested;
            PruneIfDue(now);
            return (gate, ticket);
        }
    }

    /// <summary>
    /// The message a gate remembers, if any: read without the gate's render lock (a reference swapped whole), so only
    /// for a link. With several instances it may be a message another instance has since replaced by posting anew.
    /// </summary>
    public LiveCardMessages.Message? Known(LiveCardKey key)
    {
        lock (_gates)
        {
            return _gates.TryGetValue(key, out var gate) ? Volatile.Read(ref gate.Message) : null;
        }
    }

    private void PruneIfDue(DateTimeOffset now)
    {
        if (now < _nextPrune)
        {
            return;
        }

        _nextPrune = now + TimeSpan.FromMinutes(1);
        foreach (var (key, gate) in _gates.Where(g => now - g.Value.LastUsed > IdleFor && g.Value.IsIdle).ToList())
        {
            _gates.Remove(key);
        }
    }

#pragma warning disable CA1001 // A gate's semaphore holds no unmanaged resource until it is waited on; dropped gates are idle.
    internal sealed class Gate
    {
        public readonly SemaphoreSlim Lock = new(1, 1);
        public long Requested;
        public long Completed;
        public DateTimeOffset LastUsed;

        /// <summary>
        /// The card's message as last read or saved, so an update need not read it first. Written and used for updates
        /// under <see cref="Lock"/>; read without it only for a link (<see cref="Known"/>).
        /// </summary>
        public LiveCardMessages.Message? Message;

        /// <summary>The card the last completed render sent, for callers whose change it covered.</summary>
        public Cards.AdaptiveCard? LastCard;

        /// <summary>Nobody renders; anyone waiting entered within the idle time, so is never pruned.</summary>
        public bool IsIdle => Lock.CurrentCount == 1;
    }
#pragma warning restore CA1001
}
