using Microsoft.Extensions.Options;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>Check-in, check-out and the close-down ritual: the rules, over a store and a clock.</summary>
public sealed class ShiftService(IShiftStore store, OrganisationClock clock, IOptions<ShiftOptions> options)
{
    public async Task<CheckInResult> CheckInAsync(string channelId, Person counsellor, CancellationToken cancellationToken)
    {
        var (started, shift) = await store.StartAsync(new Shift(channelId, counsellor, clock.Now), cancellationToken);
        return new CheckInResult(started ? CheckInOutcome.Started : CheckInOutcome.AlreadyOnDuty, shift);
    }

    /// <summary>
    /// Checks out now, or at <paramref name="at"/> (a local time earlier today, for a forgotten check-out): not in the
    /// future and not before the check-in. Closes the counsellor's open shift in this channel, else the one in any other
    /// (a shift begun before a coordinator moved the duty channel is checked out of in the new one).
    /// </summary>
    public async Task<CheckOutResult> CheckOutAsync(string channelId, string counsellorId, CancellationToken cancellationToken, TimeOnly? at = null)
    {
        var open = await store.GetOpenAsync(channelId, counsellorId, cancellationToken)
            ?? await store.GetOpenAnywhereAsync(counsellorId, cancellationToken);
        var now = clock.Now;
        var today = clock.DayOf(now);
        if (open is null)
        {
            return new CheckOutResult(CheckOutOutcome.NotOnDuty, null, today);
        }

        var until = now;
        if (at is { } time)
        {
            if (clock.At(today, time) is not { } instant || instant > now)
            {
                return new CheckOutResult(CheckOutOutcome.TimeInFuture, open, today);
            }

            if (instant < open.CheckedInAt)
            {
                return new CheckOutResult(CheckOutOutcome.BeforeCheckIn, open, today);
            }

            until = instant;
        }

        var closed = await store.CloseAsync(open, until, ShiftEnd.CheckedOut, today, cancellationToken);
        return closed is null
            ? new CheckOutResult(CheckOutOutcome.NotOnDuty, null, today)
            : new CheckOutResult(CheckOutOutcome.CheckedOut, closed, today);
    }

    /// <summary>Closes every shift left open longer than the maximum; returns the ones this call closed.</summary>
    public async Task<IReadOnlyList<Shift>> CloseOverdueAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var overdue = await store.GetOpenStartedBeforeAsync(now - options.Value.MaxShiftDuration, cancellationToken);
        List<Shift> closed = [];
        foreach (var shift in overdue)
        {
            // Closed at the moment the maximum ran out, so the board shows the real span.
            var at = shift.CheckedInAt + options.Value.MaxShiftDuration;
            var result = await store.CloseAsync(shift, at, ShiftEnd.ClosedByBot, clock.DayOf(now), cancellationToken);
            if (result is not null)
            {
                closed.Add(result);
            }
        }

        return closed;
    }

    public async Task<ClosedDownResult> RecordClosedDownAsync(ShiftRef shiftRef, string presserId, CancellationToken cancellationToken)
    {
        if (!string.Equals(shiftRef.CounsellorId, presserId, StringComparison.Ordinal))
        {
            return new ClosedDownResult(ClosedDownOutcome.NotYours, null);
        }

        var shift = await store.GetClosedAsync(shiftRef, cancellationToken);
        if (shift is null)
        {
            return new ClosedDownResult(ClosedDownOutcome.NotFound, null);
        }

        if (shift.ClosedDownAt is not null)
        {
            return new ClosedDownResult(ClosedDownOutcome.AlreadyRecorded, shift);
        }

        var marked = await store.MarkClosedDownAsync(shiftRef, clock.Now, cancellationToken);
        return marked is null
            ? new ClosedDownResult(ClosedDownOutcome.NotFound, null)
            : new ClosedDownResult(ClosedDownOutcome.Recorded, marked);
    }

    public async Task<ShiftBoard> GetBoardAsync(string channelId, DateOnly day, CancellationToken cancellationToken) =>
        ShiftBoard.Build(day, await store.GetBoardShiftsAsync(channelId, day, cancellationToken), clock.Zone);
}
