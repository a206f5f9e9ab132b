using Azure.Data.Tables;
using TeamsBot.Storage;
using static TeamsBot.Shifts.ShiftEntityMapping;

namespace TeamsBot.Shifts;

/// <summary>
/// Coordinators' reads and corrections in the Shifts table. The reads span every channel's partition by row-key
/// range, as the overdue sweep does: the table holds only shift rows, and a coordinator asks a few times a day.
/// When duty channels are recorded, these can become one range query per duty channel.
/// </summary>
public sealed class TableCoordinatorShiftStore(Tables tables, TableShiftStore shifts) : ICoordinatorShiftStore
{
    private TableClient Table => tables.Get(ShiftsFeature.ShiftsTable);

    public Task<IReadOnlyList<Shift>> GetDayAcrossChannelsAsync(DateOnly day, CancellationToken cancellationToken) =>
        GetPeriodAcrossChannelsAsync(day, day.AddDays(1), cancellationToken);

    public async Task<IReadOnlyList<Shift>> GetPeriodAcrossChannelsAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        var closed = TableClient.CreateQueryFilter($"RowKey ge {ClosedDayPrefix(from)} and RowKey lt {ClosedDayPrefix(until)}");
        return [.. await shifts.QueryAsync(closed, cancellationToken), .. await shifts.QueryAsync(StartsWith(OpenPrefix), cancellationToken)];
    }

    public async Task<Shift?> FindAsync(ShiftKey key, CancellationToken cancellationToken)
    {
        var rowKey = key.ClosedRef is { } closed ? ClosedRowKey(closed) : OpenRowKey(key.CounsellorId);
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(key.ChannelId), rowKey, cancellationToken: cancellationToken);
        return entity.HasValue && ToShift(entity.Value!) is var shift && shift.CheckedInAt.UtcTicks == key.CheckedInTicks ? shift : null;
    }

    public Task<Shift?> CheckOutCorrectedAsync(Shift open, ShiftCorrection correction, DateOnly checkoutDay, CancellationToken cancellationToken) =>
        shifts.CloseAsync(open, stored => stored with
        {
            CheckedOutAt = correction.NewCheckOut,
            End = ShiftEnd.CheckedOut,
            Corrections = [.. stored.Corrections ?? [], correction],
        }, checkoutDay, cancellationToken);

    public async Task<Shift?> CorrectClosedAsync(ShiftRef shift, DateTimeOffset expectedCheckOut, ShiftCorrection correction, CancellationToken cancellationToken)
    {
        var changed = await Table.ChangeAsync(PartitionKey(shift.ChannelId), ClosedRowKey(shift), current => Correct(current, expectedCheckOut, correction), cancellationToken);
        return changed.ResultOrThrow("The correction");
    }

    /// <summary>
    /// Only the check-out the coordinator saw is corrected: if it moved meanwhile (another coordinator), nothing
    /// changes. The row stays under its day, so the counsellor's close-down card still finds it.
    /// </summary>
    private static RowChange<Shift?> Correct(TableEntity? current, DateTimeOffset expectedCheckOut, ShiftCorrection correction)
    {
        if (current is null || ToShift(current) is not { CheckedOutAt: { } checkedOut } shift || checkedOut != expectedCheckOut)
        {
            return RowChange.None<Shift?>(null);
        }

        var corrected = shift with { CheckedOutAt = correction.NewCheckOut, Corrections = [.. shift.Corrections ?? [], correction] };
        return RowChange.To<Shift?>(ToEntity(corrected, current.RowKey), corrected);
    }
}
