using System.Globalization;

namespace TeamsBot.Shifts;

/// <summary>A time of day typed after a command, e.g. <c>/checkout 18:30</c> or <c>/checkout 18.30</c> (the Danish way).</summary>
public static class CommandTime
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    /// <summary>The command's argument (what follows the command word), or null when there is none.</summary>
    public static string? Argument(string commandText)
    {
        var parts = commandText.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? parts[1].Trim() : null;
    }

    public static TimeOnly? Parse(string text) =>
        TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
