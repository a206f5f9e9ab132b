using Microsoft.Extensions.Options;

namespace TeamsBot.Organisation;

/// <summary>The roles a person holds, by Entra object id (compared case-insensitively, as GUIDs are written either way).</summary>
public sealed class Roles(IOptions<RoleOptions> options)
{
    public bool IsCoordinator(Person person) => Holds(options.Value.Coordinators, person);

    public bool IsSupervisor(Person person) => Holds(options.Value.Supervisors, person);

    public IReadOnlyList<string> Coordinators => options.Value.Coordinators;

    public IReadOnlyList<string> Supervisors => options.Value.Supervisors;

    private static bool Holds(List<string> ids, Person person) =>
        person.EntraId is { Length: > 0 } id && ids.Exists(r => string.Equals(r, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when every configured id is an Entra object id (a GUID); used to refuse a typo at start-up.</summary>
    internal static bool AllAreObjectIds(RoleOptions options) =>
        options.Coordinators.Concat(options.Supervisors).All(id => Guid.TryParse(id, out _));
}
