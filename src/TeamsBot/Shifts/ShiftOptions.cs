using System.ComponentModel.DataAnnotations;

namespace TeamsBot.Shifts;

/// <summary>
/// How shifts work in this organisation; set by the coordinator in configuration (section <c>Shifts</c>).
/// The time zone moved to <c>Organisation:TimeZone</c> and the sparring contact to <c>Sparring:Contact</c>; their
/// older keys here (<c>Shifts:TimeZone</c>, <c>Shifts:SparringContact</c>) are still read.
/// </summary>
public sealed class ShiftOptions
{
    public const string SectionName = "Shifts";

    /// <summary>A shift still open this long after check-in is closed by the bot.</summary>
    [Range(typeof(TimeSpan), "00:30:00", "2.00:00:00", ErrorMessage = "Shifts:MaxShiftDuration must be between 00:30:00 and 2.00:00:00.")]
    public TimeSpan MaxShiftDuration { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often the bot looks for shifts left open.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Language of cards everyone in the channel shares (the board): <c>da</c> or <c>en</c>.</summary>
    [RegularExpression("^(da|en)$", ErrorMessage = "Shifts:BoardLanguage must be 'da' or 'en'.")]
    public string BoardLanguage { get; set; } = "da";

    /// <summary>The online drop-in room (a Teams meeting link) where those on duty meet; optional.</summary>
    public Uri? DropInRoomUrl { get; set; }

    /// <summary>Start-of-shift checklist lines; empty means the built-in Danish/English defaults.</summary>
    public List<string> StartRitual { get; set; } = [];

    /// <summary>Close-down checklist lines; empty means the built-in Danish/English defaults.</summary>
    public List<string> CloseRitual { get; set; } = [];
}
