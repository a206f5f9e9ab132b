using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// Which duty team a roster or a request belongs to. A roster is kept per team (its key, as <c>DutyChannels</c> has it);
/// a 1:1 chat carries no team, so the team is found from what the bot knows: the channel a shift is open in, or the
/// one team the bot serves.
/// </summary>
/// <remarks>
/// The list of teams is read on every sparring request, every board render and every <c>/bagvagt</c>, and changes only
/// when the bot is added to a team or a coordinator moves a duty channel, so it is kept for <see cref="KeptFor"/>, and
/// read again at once after a change made through this instance. A channel missing from the list may belong to a team
/// another instance added meanwhile, so a miss reads the list again, unless it was read less than
/// <see cref="MissReadAgainAfter"/> ago: a channel that is no team's (<c>/bagvagt</c> in any other channel) then costs
/// no storage read per message, and misses at the same moment share one read.
/// </remarks>
public sealed class DutyTeams(DutyChannelStore dutyChannels, IShiftStore shifts, TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan MissReadAgainAfter = TimeSpan.FromSeconds(1);

    private volatile Kept? _kept;   // One reference, swapped whole: readers on other threads see an old list or the new one.
    private Reading? _reading;      // The read under way, which callers arriving meanwhile share.

    /// <summary>Every team the bot was added to (or checked in in), with its duty channel, as read at most <see cref="KeptFor"/> ago.</summary>
    public async Task<IReadOnlyList<DutyChannel>> AllAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Teams;

    /// <summary>The team whose duty channel <paramref name="channelId"/> is; null when it is no team's.</summary>
    public Task<DutyChannel?> OfChannelAsync(string channelId, CancellationToken cancellationToken) =>
        FindAsync(d => string.Equals(d.ChannelId, channelId, StringComparison.Ordinal), cancellationToken);

    /// <summary>The team by its key; null for a key the bot does not know (stale or forged card data).</summary>
    public Task<DutyChannel?> ByKeyAsync(string? teamKey, CancellationToken cancellationToken) =>
        FindAsync(d => string.Equals(d.TeamKey, teamKey, StringComparison.Ordinal), cancellationToken);

    /// <summary>
    /// The team a counsellor is on duty for now (the channel of their open shift); else the one team there is; null
    /// when they are off duty and there are several (the caller asks which) or none.
    /// </summary>
    public async Task<DutyChannel?> OfCounsellorAsync(Person counsellor, CancellationToken cancellationToken) =>
        await OfCounsellorAsync(await shifts.GetOpenAnywhereAsync(counsellor.TeamsId, cancellationToken), cancellationToken);

    /// <summary>As <see cref="OfCounsellorAsync(Person, CancellationToken)"/>, for a caller that has read the counsellor's open shift (or found none).</summary>
    public async Task<DutyChannel?> OfCounsellorAsync(Shift? openShift, CancellationToken cancellationToken)
    {
        if (openShift is not null && await OfChannelAsync(openShift.ChannelId, cancellationToken) is { } team)
        {
            return team;
        }

        var all = await AllAsync(cancellationToken);
        return all.Count == 1 ? all[0] : null;
    }

    private ValueTask<Kept> CurrentAsync(CancellationToken cancellationToken) =>
        _kept is { } kept && time.GetUtcNow() - kept.ReadAt < KeptFor && kept.Changes == dutyChannels.Changes
            ? ValueTask.FromResult(kept)
            : new(ReadAsync(cancellationToken));

    /// <summary>
    /// Reads the list, or joins a read another caller began since the last change made through this instance (each
    /// caller still stops waiting when its own turn is cancelled). Two callers starting at the very same moment may
    /// both read: harmless, the later list stands.
    /// </summary>
    private Task<Kept> ReadAsync(CancellationToken cancellationToken)
    {
        var changes = dutyChannels.Changes;
        var reading = Volatile.Read(ref _reading);
        if (reading is null || reading.Task.IsCompleted || reading.Changes != changes)
        {
            reading = new Reading(ReadNowAsync(changes), changes);
            Volatile.Write(ref _reading, reading);
        }

        return reading.Task.WaitAsync(cancellationToken);
    }

    /// <param name="changes">Counted before the read: a change made while it runs makes the list stale at once.</param>
    private async Task<Kept> ReadNowAsync(long changes)
    {
        var teams = await dutyChannels.ListAsync(CancellationToken.None);
        return _kept = new Kept(teams, time.GetUtcNow(), changes);
    }

    private sealed record Reading(Task<Kept> Task, long Changes);

    private sealed record Kept(IReadOnlyList<DutyChannel> Teams, DateTimeOffset ReadAt, long Changes);

    /// <summary>A team missing from the kept list may be new (the bot added by another instance): see the remarks.</summary>
    private async Task<DutyChannel?> FindAsync(Func<DutyChannel, bool> match, CancellationToken cancellationToken)
    {
        var kept = await CurrentAsync(cancellationToken);
        var readJustNow = time.GetUtcNow() - kept.ReadAt < MissReadAgainAfter && kept.Changes == dutyChannels.Changes;
        return kept.Teams.FirstOrDefault(match)
            ?? (readJustNow ? null : (await ReadAsync(cancellationToken)).Teams.FirstOrDefault(match));
    }
}
