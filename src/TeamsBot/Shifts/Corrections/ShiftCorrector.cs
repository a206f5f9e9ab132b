using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

public enum CorrectionOutcome
{
    /// <summary>An open shift was checked out at the given time.</summary>
    CheckedOut,
    /// <summary>A closed shift's check-out was moved.</summary>
    Corrected,
    /// <summary>The text is not a time of day (e.g. 25:00).</summary>
    NotATime,
    BeforeCheckIn,
    InTheFuture,
    /// <summary>The shift is gone or no longer as the form showed it (checked out, or corrected by someone else).</summary>
    ShiftChanged,
}

/// <summary>The outcome; <paramref name="Shift"/> is the shift as stored afterwards (or as it is now, when refused), and <paramref name="Time"/> the time understood.</summary>
public sealed record CorrectionResult(CorrectionOutcome Outcome, Shift? Shift, DateTimeOffset? Time = null)
{
    public bool Succeeded => Outcome is CorrectionOutcome.CheckedOut or CorrectionOutcome.Corrected;
}

/// <summary>
/// A coordinator's corrections of forgotten or wrong check-outs: the rules, over a store and a clock. Whether the
/// person may correct at all is the caller's check (by role, from the activity); this class trusts no card data:
/// it re-reads the shift and corrects it only if it is still as the coordinator saw it.
/// </summary>
public sealed class ShiftCorrector(ICoordinatorShiftStore store, OrganisationClock clock)
{
    /// <summary>Today's shifts across channels: open ones first by check-in, then today's closed ones by check-out.</summary>
    public async Task<IReadOnlyList<Shift>> TodayAsync(CancellationToken cancellationToken)
    {
        var shifts = await store.GetDayAcrossChannelsAsync(clock.Today, cancellationToken);
        return [.. shifts.OrderBy(s => !s.IsOpen).ThenBy(s => s.CheckedOutAt ?? s.CheckedInAt).ThenBy(s => s.Counsellor.Name, StringComparer.CurrentCulture)];
    }

    public Task<Shift?> FindAsync(ShiftKey key, CancellationToken cancellationToken) => store.FindAsync(key, cancellationToken);

    /// <param name="key">The shift as the form showed it.</param>
    /// <param name="shownCheckOut">The check-out the form showed (null for an open shift): a shift changed since is not corrected blindly.</param>
    /// <param name="typed">The check-out time as typed.</param>
    /// <param name="coordinator">Who corrects, from the activity.</param>
    public async Task<CorrectionResult> CorrectAsync(ShiftKey key, DateTimeOffset? shownCheckOut, string? typed, Person coordinator, CancellationToken cancellationToken)
    {
        var shift = await store.FindAsync(key, cancellationToken);
        if (shift is null || shift.CheckedOutAt != shownCheckOut)
        {
            return new CorrectionResult(CorrectionOutcome.ShiftChanged, shift);
        }

        if (CommandTime.Parse(typed) is not { } time)
        {
            return new CorrectionResult(CorrectionOutcome.NotATime, shift);
        }

        var now = clock.Now;
        var at = CorrectionTime.Resolve(time, shift.CheckedInAt, clock);
        if (at <= shift.CheckedInAt)
        {
            return new CorrectionResult(CorrectionOutcome.BeforeCheckIn, shift, at);
        }

        if (at > now)
        {
            return new CorrectionResult(CorrectionOutcome.InTheFuture, shift, at);
        }

        var correction = ShiftCorrection.By(coordinator, now, shift.CheckedOutAt, at);
        var stored = key.ClosedRef is { } closed
            ? await store.CorrectClosedAsync(closed, shift.CheckedOutAt!.Value, correction, cancellationToken)
            // Filed under today, like any check-out made now: it shows on today's board, which is the one republished.
            : await store.CheckOutCorrectedAsync(shift, correction, clock.DayOf(now), cancellationToken);
        return stored is null
            ? new CorrectionResult(CorrectionOutcome.ShiftChanged, await store.FindAsync(key, cancellationToken))
            : new CorrectionResult(shift.IsOpen ? CorrectionOutcome.CheckedOut : CorrectionOutcome.Corrected, stored, at);
    }
}
