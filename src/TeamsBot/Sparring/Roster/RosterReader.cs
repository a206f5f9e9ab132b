using Microsoft.Extensions.Caching.Memory;
using TeamsBot.Conversations;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// Reads rosters and call links for the cards that show who is on call, kept in memory for a short while (teams are
/// kept by <see cref="DutyTeams"/>).
/// </summary>
/// <remarks>
/// Why a cache: the board asks on every render, and it renders on every check-in and check-out in the channel; the
/// start-of-shift card and the close-down ritual ask too. A roster changes a few times a week, so a read per render is
/// wasted. <see cref="KeptFor"/> bounds how late a change made through another instance shows (as for the duty channel);
/// a change made through this one is seen at once (<see cref="Forget"/>). Call links (a directory read, maybe a member
/// look-up) are kept as long, so a render costs no round trip at all while nothing changed.
/// </remarks>
public sealed class RosterReader(IRosterStore store, DutyTeams teams, ContactLinks links, ILogger<RosterReader> log) : IDisposable
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(20);

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public void Dispose() => _recent.Dispose();

    /// <summary>The team's roster, as stored at most <see cref="KeptFor"/> ago (at once after a change here).</summary>
    public Task<Roster> GetAsync(string teamKey, CancellationToken cancellationToken) =>
        KeptAsync("roster|" + teamKey, () => store.GetAsync(teamKey, cancellationToken));

    /// <summary>Every team the bot knows (kept by <see cref="DutyTeams"/>, which also finds a team added meanwhile).</summary>
    public Task<IReadOnlyList<DutyChannel>> TeamsAsync(CancellationToken cancellationToken) => teams.AllAsync(cancellationToken);

    /// <summary>The team whose duty channel this is; null when it is no team's.</summary>
    public Task<DutyChannel?> TeamOfChannelAsync(string channelId, CancellationToken cancellationToken) => teams.OfChannelAsync(channelId, cancellationToken);

    /// <summary>The team by its key; null for a key the bot does not know (stale or forged card data).</summary>
    public Task<DutyChannel?> TeamAsync(string? teamKey, CancellationToken cancellationToken) => teams.ByKeyAsync(teamKey, cancellationToken);

    /// <summary>
    /// The roster of the team whose duty channel this is; null when the channel is no team's, the team keeps no roster,
    /// or it cannot be read (logged): then cards fall back to the configured sparring contact.
    /// </summary>
    public async Task<(DutyChannel Team, Roster Roster)?> OfChannelAsync(string channelId, CancellationToken cancellationToken)
    {
        if (await TeamOfChannelAsync(channelId, cancellationToken) is not { } team)
        {
            return null;
        }

        try
        {
            var roster = await GetAsync(team.TeamKey, cancellationToken);
            return roster.IsEmpty ? null : (team, roster);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            RosterLog.RosterUnreadable(log, e, team.TeamKey);
            return null;
        }
    }

    /// <summary>A Teams call link to the person; null when their sign-in name cannot be learnt.</summary>
    public Task<Uri?> CallAsync(Person? person, CancellationToken cancellationToken) => person is null
        ? Task.FromResult<Uri?>(null)
        : KeptAsync("call|" + RosterPeople.KeyOf(person), () => links.CallAsync(person, cancellationToken));

    /// <summary>After a change through this instance: the next read goes to the table.</summary>
    public void Forget(string teamKey) => _recent.Remove("roster|" + teamKey);

    private async Task<T> KeptAsync<T>(string key, Func<Task<T>> read)
    {
        if (_recent.TryGetValue(key, out T? known))
        {
            return known!;
        }

        var value = await read();
        return _recent.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });
    }
}
