namespace TeamsBot.Shifts;

/// <summary>What the channel's board shows for one local day.</summary>
public sealed record ShiftBoard(DateOnly Day, IReadOnlyList<BoardEntry> OnDuty, IReadOnlyList<BoardEntry> CheckedOut)
{
    /// <summary>Open shifts (whenever they began) and shifts closed on <paramref name="day"/>, in local time.</summary>
    public static ShiftBoard Build(DateOnly day, IEnumerable<Shift> shifts, TimeZoneInfo zone)
    {
        List<BoardEntry> onDuty = [];
        List<BoardEntry> checkedOut = [];
        foreach (var shift in shifts)
        {
            var entry = new BoardEntry(
                shift.Counsellor.TeamsId,
                shift.Counsellor.Name,
                TimeZoneInfo.ConvertTime(shift.CheckedInAt, zone),
                shift.CheckedOutAt is { } at ? TimeZoneInfo.ConvertTime(at, zone) : null,
                shift.End == ShiftEnd.ClosedByBot && !shift.IsCorrected,
                shift.IsCorrected);
            (shift.IsOpen ? onDuty : checkedOut).Add(entry);
        }

        return new ShiftBoard(
            day,
            [.. onDuty.OrderBy(e => e.Since).ThenBy(e => e.Name, StringComparer.CurrentCulture)],
            [.. checkedOut.OrderBy(e => e.Until).ThenBy(e => e.Name, StringComparer.CurrentCulture)]);
    }
}

/// <summary>One line on the board.</summary>
public sealed record BoardEntry(string CounsellorId, string Name, DateTimeOffset Since, DateTimeOffset? Until, bool NotCheckedOut, bool Corrected = false);
