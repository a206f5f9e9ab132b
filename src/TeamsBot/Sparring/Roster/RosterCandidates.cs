using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>
/// Who a roster form may put on call: the team's members who are supervisors (<c>Roles:Supervisors</c>), or every
/// member while no supervisor is configured (a new installation works at once, and the roster card says why everyone
/// is offered). A saved value is checked against the members first, so someone who is in the team but not a supervisor
/// is refused by name rather than as a stranger.
/// </summary>
public sealed record RosterCandidates(IReadOnlyCollection<Person> Members, IReadOnlyList<Person> Offered, bool EveryoneOffered)
{
    public static RosterCandidates Of(IReadOnlyList<Person> members, Roles roles) =>
        roles.Supervisors.Count == 0 ? Everyone(members) : new(members, [.. members.Where(roles.IsSupervisor)], EveryoneOffered: false);

    public static RosterCandidates Everyone(IReadOnlyCollection<Person> members) => new(members, [.. members], EveryoneOffered: true);

    public bool IsOffered(Person person) => Offered.Any(p => RosterPeople.Same(p, person));
}
