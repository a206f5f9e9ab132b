using Microsoft.Extensions.Time.Testing;
using TeamsBot.Shifts;

namespace TeamsBot.Tests.Domain;

/// <summary>
/// Boards kept for <c>/vagt</c> (<see cref="RecentBoards"/>): a snapshot reuses a read less than two seconds old, a
/// change forgets it, a render always reads and serves the snapshots after it, and an older read never replaces a newer one.
/// </summary>
public sealed class RecentBoardsTests
{
    private const string Channel = "19:duty@thread.tacv2";
    private static readonly DateOnly Day = new(2026, 11, 27);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private readonly RecentBoards _boards;
    private int _reads;

    public RecentBoardsTests() => _boards = new RecentBoards(_time);

    private static ShiftBoard Board(params string[] names) =>
        new(Day, [.. names.Select(n => new BoardEntry("29:" + n, n, DateTimeOffset.UnixEpoch, null, false))], []);

    private Func<Task<ShiftBoard>> Read(ShiftBoard board) => () =>
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(board);
    };

    [Fact]
    public async Task Snapshot_WithinTwoSecondsOfARead_ReusesIt_ThenReadsAgain()
    {
        await _boards.GetAsync(Channel, Day, Read(Board("Anna")));
        _time.Advance(RecentBoards.KeptFor - TimeSpan.FromMilliseconds(1));

        var kept = await _boards.GetAsync(Channel, Day, Read(Board("Anna", "Bo")));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var fresh = await _boards.GetAsync(Channel, Day, Read(Board("Anna", "Bo")));

        Assert.Equal(["Anna"], kept.OnDuty.Select(e => e.Name));
        Assert.Equal(["Anna", "Bo"], fresh.OnDuty.Select(e => e.Name));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task RenderAfterAChange_AlwaysReads_AndTheNextSnapshotShowsIt()
    {
        await _boards.GetAsync(Channel, Day, Read(Board("Anna")));

        await _boards.ReadAsync(Channel, Day, Read(Board("Anna", "Bo")));
        var snapshot = await _boards.GetAsync(Channel, Day, Read(Board("never read")));

        Assert.Equal(["Anna", "Bo"], snapshot.OnDuty.Select(e => e.Name));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task ReadNumberedFirst_ReachingTheLockLast_DoesNotReplaceTheLaterRead()
    {
        // The earlier read's delegate starts a later render before the earlier one gets to store itself: the race
        // between taking a number and taking the lock, made certain.
        var early = _boards.ReadAsync(Channel, Day, () =>
        {
            _boards.ReadAsync(Channel, Day, Read(Board("Anna", "Bo")));
            return Task.FromResult(Board("Anna"));
        });
        await early;

        var snapshot = await _boards.GetAsync(Channel, Day, Read(Board("never read")));

        Assert.Equal(["Anna", "Bo"], snapshot.OnDuty.Select(e => e.Name));
    }

    [Fact]
    public async Task Forget_AfterAChange_TheNextSnapshotReadsAgainAtOnce()
    {
        await _boards.GetAsync(Channel, Day, Read(Board("Anna")));

        _boards.Forget(Channel, Day);
        var snapshot = await _boards.GetAsync(Channel, Day, Read(Board("Anna", "Bo")));

        Assert.Equal(["Anna", "Bo"], snapshot.OnDuty.Select(e => e.Name));
        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task SnapshotsAtTheSameMoment_ShareOneRead()
    {
        var reading = new TaskCompletionSource<ShiftBoard>();
        var snapshots = Enumerable.Range(0, 20).Select(_ => _boards.GetAsync(Channel, Day, () =>
        {
            Interlocked.Increment(ref _reads);
            return reading.Task;
        })).ToList();

        reading.SetResult(Board("Anna"));
        await Task.WhenAll(snapshots);

        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task FailedRead_IsNotKept_TheNextSnapshotReadsAgain()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _boards.GetAsync(Channel, Day, () => Task.FromException<ShiftBoard>(new InvalidOperationException("storage down"))));

        var snapshot = await _boards.GetAsync(Channel, Day, Read(Board("Anna")));

        Assert.Equal(["Anna"], snapshot.OnDuty.Select(e => e.Name));
    }

    [Fact]
    public async Task AnotherDay_IsReadOnItsOwn()
    {
        await _boards.GetAsync(Channel, Day, Read(Board("Anna")));

        var tomorrow = await _boards.GetAsync(Channel, Day.AddDays(1), Read(Board("Bo")));

        Assert.Equal(["Bo"], tomorrow.OnDuty.Select(e => e.Name));
    }
}
