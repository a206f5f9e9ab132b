namespace TeamsBot.Organisation;

/// <summary>Who has which role (section <c>Roles</c>): lists of Entra object ids, as the tenant's admin sees them.</summary>
public sealed class RoleOptions
{
    public const string SectionName = "Roles";

    /// <summary>Counselling coordinators: set up the duty channel, rosters and content, and see overviews.</summary>
    public List<string> Coordinators { get; set; } = [];

    /// <summary>On-call supervisors (<em>bagvagter</em>): can be asked for sparring.</summary>
    public List<string> Supervisors { get; set; } = [];
}
