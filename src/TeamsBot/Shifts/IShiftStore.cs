namespace TeamsBot.Shifts;

/// <summary>Shift records. Every change is conditional (ETag or insert), so concurrent presses never lose one.</summary>
public interface IShiftStore
{
    /// <summary>
    /// Opens a shift; when the counsellor has one open already, in this channel or any other, returns that one and
    /// changes nothing. Of concurrent check-ins in several channels, exactly one opens a shift.
    /// </summary>
    Task<(bool Started, Shift Shift)> StartAsync(Shift shift, CancellationToken cancellationToken);

    /// <summary>The counsellor's open shift in the channel, if any.</summary>
    Task<Shift?> GetOpenAsync(string channelId, string counsellorId, CancellationToken cancellationToken);

    /// <summary>The counsellor's open shift in whichever channel it is, if any.</summary>
    Task<Shift?> GetOpenAnywhereAsync(string counsellorId, CancellationToken cancellationToken);

    /// <summary>Closes an open shift atomically; null when it was no longer open (closed concurrently).</summary>
    Task<Shift?> CloseAsync(Shift open, DateTimeOffset at, ShiftEnd ending, DateOnly checkoutDay, CancellationToken cancellationToken);

    /// <summary>Open shifts, and shifts closed on the given local day.</summary>
    Task<IReadOnlyList<Shift>> GetBoardShiftsAsync(string channelId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Open shifts in any channel that started before the cutoff.</summary>
    Task<IReadOnlyList<Shift>> GetOpenStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>A closed shift, or null.</summary>
    Task<Shift?> GetClosedAsync(ShiftRef shift, CancellationToken cancellationToken);

    /// <summary>Records the close-down ritual as done; returns the shift as stored afterwards.</summary>
    Task<Shift?> MarkClosedDownAsync(ShiftRef shift, DateTimeOffset at, CancellationToken cancellationToken);
}
