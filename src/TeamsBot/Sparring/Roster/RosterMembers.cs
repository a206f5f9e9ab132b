using Bot.Protocol.Connector;
using Microsoft.Extensions.Caching.Memory;
using TeamsBot.Conversations;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// The people a roster form offers: the duty team's members as Teams lists them (every page), never typed ids. Each
/// is remembered in the people directory, so call links know their sign-in name. The list is kept for a minute, so
/// opening a form and saving it cost one listing, and a save is checked against the same people the form offered.
/// </summary>
public sealed class RosterMembers(IConnectorClient connector, ConversationReferenceStore references, PeopleDirectory people, ILogger<RosterMembers> log)
    : IDisposable
{
    /// <summary>Teams allows up to 500; a duty team is smaller, so one page is usual.</summary>
    public const int PageSize = 200;

    /// <summary>A bound on a continuation loop that the connector's answers drive.</summary>
    private const int MaxPages = 50;

    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = 1_000 });

    public void Dispose() => _recent.Dispose();

    /// <summary>The team's members, by name; null when they cannot be listed (no service known, the connector failed: logged).</summary>
    public async Task<IReadOnlyList<Person>?> ListAsync(DutyChannel team, CancellationToken cancellationToken)
    {
        if (_recent.TryGetValue(team.TeamKey, out IReadOnlyList<Person>? known) && known is not null)
        {
            return known;
        }

        var serviceUrl = (await references.GetChannelAsync(team.ChannelId, cancellationToken))?.ServiceUrl
            ?? (await people.GetServiceAsync(team.TenantId, cancellationToken))?.ServiceUrl;
        if (serviceUrl is null)
        {
            RosterLog.MembersUnavailable(log, null, team.TeamKey);
            return null;
        }

        try
        {
            List<TeamsChannelAccount> members = [];
            string? continuation = null;
            for (var page = 0; page < MaxPages && (page == 0 || continuation is not null); page++)
            {
                var result = await connector.GetPagedMembersAsync(serviceUrl, team.TeamKey, PageSize, continuation, cancellationToken);
                members.AddRange(result.Members ?? []);
                continuation = string.IsNullOrEmpty(result.ContinuationToken) ? null : result.ContinuationToken;
            }

            await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
                async (member, ct) => await people.RememberMemberAsync(member, ct));
            IReadOnlyList<Person> found = [.. members.Where(m => !string.IsNullOrEmpty(m.Id))
                .Select(m => new Person(m.Id!, string.IsNullOrWhiteSpace(m.Name) ? m.UserPrincipalName ?? m.Id! : m.Name, m.AadObjectId))
                .DistinctBy(RosterPeople.KeyOf)
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)];
            return _recent.Set(team.TeamKey, found, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });
        }
        catch (ConnectorException e)
        {
            RosterLog.MembersUnavailable(log, e, team.TeamKey);
            return null;
        }
    }
}
