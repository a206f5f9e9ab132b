using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// Which duty team a roster or a request belongs to. A roster is kept per team (its key, as <c>DutyChannels</c> has it);
/// a 1:1 chat carries no team, so the team is found from what the bot knows: the channel a shift is open in, or the
/// one team the bot serves.
/// </summary>
public sealed class DutyTeams(DutyChannelStore dutyChannels, IShiftStore shifts)
{
    /// <summary>Every team the bot was added to (or checked in in), with its duty channel.</summary>
    public Task<IReadOnlyList<DutyChannel>> AllAsync(CancellationToken cancellationToken) => dutyChannels.ListAsync(cancellationToken);

    /// <summary>The team whose duty channel <paramref name="channelId"/> is; null when it is no team's.</summary>
    public async Task<DutyChannel?> OfChannelAsync(string channelId, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(d => string.Equals(d.ChannelId, channelId, StringComparison.Ordinal));

    /// <summary>
    /// The team a counsellor is on duty for now (the channel of their open shift); else the one team there is; null
    /// when they are off duty and there are several (the caller asks which) or none.
    /// </summary>
    public async Task<DutyChannel?> OfCounsellorAsync(Person counsellor, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        var open = await shifts.GetOpenAnywhereAsync(counsellor.TeamsId, cancellationToken);
        return open is not null && all.FirstOrDefault(d => string.Equals(d.ChannelId, open.ChannelId, StringComparison.Ordinal)) is { } team
            ? team
            : all.Count == 1 ? all[0] : null;
    }
}
