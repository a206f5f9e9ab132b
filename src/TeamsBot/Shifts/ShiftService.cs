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

    public async Task<CheckOutResult> CheckOutAsync(string channelId, string counsellorId, CancellationToken cancellationToken)
    {
        var open = await store.GetOpenAsync(channelId, counsellorId, cancellationToken);
        var now = clock.Now;
        var closed = open is null ? null : await store.CloseAsync(open, now, ShiftEnd.CheckedOut, clock.DayOf(now), cancellationToken);
        return closed is null
            ? new CheckOutResult(CheckOutOutcome.NotOnDuty, null, clock.DayOf(now))
            : new CheckOutResult(CheckOutOutcome.CheckedOut, closed, clock.DayOf(now));
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
