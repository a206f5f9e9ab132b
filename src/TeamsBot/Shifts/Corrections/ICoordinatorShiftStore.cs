namespace TeamsBot.Shifts;

/// <summary>
/// Names one shift from a coordinator's card: its channel, counsellor and check-in, and for a closed shift the local
/// day its row is filed under (null while open).
/// </summary>
public sealed record ShiftKey(string ChannelId, string CounsellorId, long CheckedInTicks, DateOnly? ClosedDay)
{
    public static ShiftKey Of(Shift shift, DateOnly? closedDay) =>
        new(shift.ChannelId, shift.Counsellor.TeamsId, shift.CheckedInAt.UtcTicks, shift.IsOpen ? null : closedDay);

    public ShiftRef? ClosedRef => ClosedDay is { } day ? new ShiftRef(ChannelId, day, CounsellorId, CheckedInTicks) : null;
}

/// <summary>What coordinators read and change: shifts across every duty channel, and corrections with their record.</summary>
public interface ICoordinatorShiftStore
{
    /// <summary>Open shifts in every channel, and shifts filed as closed on <paramref name="day"/>.</summary>
    Task<IReadOnlyList<Shift>> GetDayAcrossChannelsAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Shifts filed as closed from <paramref name="from"/> up to (not including) <paramref name="until"/>, and the open ones, in every channel.</summary>
    Task<IReadOnlyList<Shift>> GetPeriodAcrossChannelsAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken);

    /// <summary>The shift the key names, open or closed, when its check-in still matches; else null.</summary>
    Task<Shift?> FindAsync(ShiftKey key, CancellationToken cancellationToken);

    /// <summary>Closes an open shift at the corrected time, with the correction recorded in the same write; null when it was no longer open.</summary>
    Task<Shift?> CheckOutCorrectedAsync(Shift open, ShiftCorrection correction, DateOnly checkoutDay, CancellationToken cancellationToken);

    /// <summary>Moves a closed shift's check-out, recording the correction; null when its check-out is no longer <paramref name="expectedCheckOut"/>.</summary>
    Task<Shift?> CorrectClosedAsync(ShiftRef shift, DateTimeOffset expectedCheckOut, ShiftCorrection correction, CancellationToken cancellationToken);
}
