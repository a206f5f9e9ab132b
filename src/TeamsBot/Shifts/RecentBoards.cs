namespace TeamsBot.Shifts;

/// <summary>
/// Today's boards as last read, so <c>/vagt</c> on every message does not query the board each time. A change through
/// this instance forgets the channel's board before its board is published (<see cref="Forget"/>), and that render
/// reads afresh and leaves its read here, so a snapshot shows this instance's changes at once and another instance's
/// within <see cref="KeptFor"/>. Snapshots asked for while a read is under way share it.
/// </summary>
public sealed class RecentBoards(TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(2);

    private const int PruneAbove = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Channel, DateOnly Day), Entry> _boards = [];
    private long _reads;

    /// <summary>A read and when it began; a read that began later wins, whichever finishes first.</summary>
    private sealed record Entry(Task<ShiftBoard> Board, long Read, DateTimeOffset StartedAt);

    /// <summary>For a snapshot: the board as read less than <see cref="KeptFor"/> ago (or being read now), else read anew.</summary>
    public Task<ShiftBoard> GetAsync(string channelId, DateOnly day, Func<Task<ShiftBoard>> read)
    {
        lock (_gate)
        {
            if (_boards.TryGetValue((channelId, day), out var kept) && time.GetUtcNow() - kept.StartedAt < KeptFor
                && !kept.Board.IsFaulted && !kept.Board.IsCanceled)
            {
                return kept.Board;
            }
        }

        return ReadAsync(channelId, day, read);
    }

    /// <summary>Always reads (a render must see every change made before it); the read then serves snapshots.</summary>
    public Task<ShiftBoard> ReadAsync(string channelId, DateOnly day, Func<Task<ShiftBoard>> read)
    {
        var number = Interlocked.Increment(ref _reads);
        var startedAt = time.GetUtcNow();
        var board = read();
        lock (_gate)
        {
            // Two reads racing between taking their number and this lock: the one numbered later (begun after the
            // other, so perhaps after a change) stays.
            if (!_boards.TryGetValue((channelId, day), out var kept) || kept.Read < number)
            {
                _boards[(channelId, day)] = new Entry(board, number, startedAt);
                PruneIfLarge(startedAt);
            }
        }

        return board;
    }

    /// <summary>After a change to the channel's shifts: the next snapshot reads again (or joins the render's read).</summary>
    public void Forget(string channelId, DateOnly day)
    {
        lock (_gate)
        {
            _boards.Remove((channelId, day));
        }
    }

    private void PruneIfLarge(DateTimeOffset now)
    {
        if (_boards.Count <= PruneAbove)
        {
            return;
        }

        foreach (var key in _boards.Where(b => now - b.Value.StartedAt >= KeptFor).Select(b => b.Key).ToList())
        {
            _boards.Remove(key);
        }
    }
}
