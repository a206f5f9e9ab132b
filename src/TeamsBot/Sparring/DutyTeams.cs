using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// Which duty team a roster or a request belongs to. A roster is kept per team (its key, as <c>DutyChannels</c> has it);
/// a 1:1 chat carries no team, so the team is found from what the bot knows: the channel a shift is open in, or the
/// one team the bot serves.
/// </summary>
/// <remarks>
/// The list of teams is read on every sparring request and every board render and changes only when the bot is added to
/// a team or a coordinator moves a duty channel, so it is kept for <see cref="KeptFor"/>; a channel missing from the
/// kept list is looked for again at once, so a team added meanwhile is found.
/// </remarks>
public sealed class DutyTeams(DutyChannelStore dutyChannels, IShiftStore shifts, TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    private volatile Kept? _kept;   // One reference, swapped whole: readers on other threads see an old list or the new one.

    /// <summary>Every team the bot was added to (or checked in in), with its duty channel, as read at most <see cref="KeptFor"/> ago.</summary>
    public async Task<IReadOnlyList<DutyChannel>> AllAsync(CancellationToken cancellationToken) =>
        _kept is { } kept && time.GetUtcNow() - kept.ReadAt < KeptFor ? kept.Teams : await ReadAsync(cancellationToken);

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

    private async Task<IReadOnlyList<DutyChannel>> ReadAsync(CancellationToken cancellationToken)
    {
        var teams = await dutyChannels.ListAsync(cancellationToken);
        _kept = new Kept(teams, time.GetUtcNow());
        return teams;
    }

    private sealed record Kept(IReadOnlyList<DutyChannel> Teams, DateTimeOffset ReadAt);

    /// <summary>A team missing from the kept list may be new (the bot just added, a first check-in): the list is read again once.</summary>
    private async Task<DutyChannel?> FindAsync(Func<DutyChannel, bool> match, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(match) ?? (await ReadAsync(cancellationToken)).FirstOrDefault(match);
}
