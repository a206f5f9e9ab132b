using Bot.Protocol.Invoke;

namespace TeamsBot.Shifts;

/// <summary>The verbs of the coordinator's cards in the 1:1 chat. On posted cards, so they never change.</summary>
public static class CoordinatorVerbs
{
    public const string Shifts = "coordinator.shifts";
    public const string EditShift = "coordinator.editShift";
    public const string CorrectShift = "coordinator.correctShift";
}

/// <summary>Shows today's shifts again (the form's way back).</summary>
public sealed record ShowShiftsPress : ICardActionPayload
{
    public static string Verb => CoordinatorVerbs.Shifts;
}

/// <summary>
/// Opens the correction form for one shift. The data names the shift (see <see cref="ShiftKey"/>; ticks travel as
/// text so the Teams client cannot round them). It is never trusted: the handler checks the presser's role and
/// re-reads the shift.
/// </summary>
public sealed record EditShiftPress(string ChannelId, string CounsellorId, long CheckedIn, DateOnly? Day = null) : ICardActionPayload
{
    public static string Verb => CoordinatorVerbs.EditShift;

    public static EditShiftPress For(ShiftKey key) => new(key.ChannelId, key.CounsellorId, key.CheckedInTicks, key.ClosedDay);

    public ShiftKey ToKey() => new(ChannelId, CounsellorId, CheckedIn, Day);
}

/// <summary>
/// Saves a correction: the shift, the check-out the form showed (<see cref="CheckedOut"/>, ticks; none for an open
/// shift), and the form's time input (<see cref="CheckOutTime"/>, filled in by Teams from the input of that id).
/// </summary>
public sealed record CorrectShiftPress(string ChannelId, string CounsellorId, long CheckedIn, DateOnly? Day = null, long? CheckedOut = null, string? CheckOutTime = null)
    : ICardActionPayload
{
    public const string TimeInputId = "checkOutTime";

    public static string Verb => CoordinatorVerbs.CorrectShift;

    public static CorrectShiftPress For(ShiftKey key, DateTimeOffset? shownCheckOut) =>
        new(key.ChannelId, key.CounsellorId, key.CheckedInTicks, key.ClosedDay, shownCheckOut?.UtcTicks);

    public ShiftKey ToKey() => new(ChannelId, CounsellorId, CheckedIn, Day);

    public DateTimeOffset? ToShownCheckOut() => CheckedOut is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
}
