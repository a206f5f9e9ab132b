using System.Globalization;

namespace TeamsBot.Shifts;

/// <summary>
/// A time of day typed after a command, e.g. <c>/checkout 18:30</c> or <c>/checkout 18.30</c> (the Danish way), or in a
/// coordinator's correction form. Teams' time input sends 18:30; people typing in Danish write 18.30.
/// </summary>
public static class CommandTime
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    /// <summary>The command's argument (what follows the command word), or null when there is none.</summary>
    public static string? Argument(string commandText)
    {
        var parts = commandText.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? parts[1].Trim() : null;
    }

    /// <summary>
    /// A time of day as typed (<c>18:30</c>, <c>18.30</c>, <c>9:05</c>) or sent by a card's time input, or null when it
    /// is not one (e.g. <c>25:00</c>).
    /// </summary>
    public static TimeOnly? Parse(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
