using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Organisation;

/// <summary>What every feature shares about the organisation (section <c>Organisation</c>).</summary>
public sealed class OrganisationOptions
{
    public const string SectionName = "Organisation";

    /// <summary>The section that held the time zone before it moved here; still read, so older settings keep working.</summary>
    public const string LegacyTimeZoneKey = "Shifts:TimeZone";

    /// <summary>IANA time zone that decides what "now" and "today" mean for shifts, rosters and opening hours.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Copenhagen";
}
