using Azure;
using Azure.Data.Tables;
using TeamsBot.Storage;
using static TeamsBot.Shifts.ShiftEntityMapping;

namespace TeamsBot.Shifts;

/// <summary>Shifts in Azure Table Storage; see <see cref="ShiftEntityMapping"/> for the layout.</summary>
public sealed class TableShiftStore(Tables tables) : IShiftStore
{
    private const int MaxAttempts = 10;

    private TableClient Table => tables.Get(ShiftsFeature.ShiftsTable);

    public async Task<(bool Started, Shift Shift)> StartAsync(Shift shift, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await Table.AddEntityAsync(ToEntity(shift, OpenRowKey(shift.Counsellor.TeamsId)), cancellationToken);
                return (true, shift);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Open already: report that shift. If it was closed between the insert and this read, insert again.
                var existing = await GetOpenAsync(shift.ChannelId, shift.Counsellor.TeamsId, cancellationToken);
                if (existing is not null || attempt >= MaxAttempts)
                {
                    return (false, existing ?? throw new InvalidOperationException("Check-in kept conflicting with check-out.", e));
                }
            }
        }
    }

    public async Task<Shift?> GetOpenAsync(string channelId, string counsellorId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(channelId), OpenRowKey(counsellorId), cancellationToken: cancellationToken);
        return entity.HasValue ? ToShift(entity.Value!) : null;
    }

    public async Task<Shift?> CloseAsync(Shift open, DateTimeOffset at, ShiftEnd ending, DateOnly checkoutDay, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(open.ChannelId), OpenRowKey(open.Counsellor.TeamsId), cancellationToken: cancellationToken);
        if (!current.HasValue || ToShift(current.Value!).CheckedInAt != open.CheckedInAt)
        {
            return null;
        }

        var closed = ToShift(current.Value!) with { CheckedOutAt = at, End = ending };
        TableTransactionAction[] transaction =
        [
            new(TableTransactionActionType.Delete, current.Value!, current.Value!.ETag),
            new(TableTransactionActionType.Add, ToEntity(closed, ClosedRowKey(closed.Ref(checkoutDay)))),
        ];
        try
        {
            await Table.SubmitTransactionAsync(transaction, cancellationToken);
            return closed;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return null; // Someone else closed it first: their close stands, ours changes nothing.
        }
    }

    public async Task<IReadOnlyList<Shift>> GetBoardShiftsAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
    {
        // Today's closed rows and the open rows are neighbours in key order ("closed|{day}|…" sorts just before
        // "open|…"), so one range query in the partition reads the board without touching earlier days. Rows of
        // any other kind that might one day sort between them are left out by their prefix.
        var closedToday = ClosedDayPrefix(day);
        var range = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(channelId)} and RowKey ge {closedToday} and RowKey lt {OpenPrefix + "~"}");
        List<Shift> shifts = [];
        await foreach (var entity in Table.QueryAsync<TableEntity>(range, cancellationToken: cancellationToken))
        {
            if (entity.RowKey.StartsWith(closedToday, StringComparison.Ordinal) || entity.RowKey.StartsWith(OpenPrefix, StringComparison.Ordinal))
            {
                shifts.Add(ToShift(entity));
            }
        }

        return shifts;
    }

    private async Task<List<Shift>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        List<Shift> shifts = [];
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            shifts.Add(ToShift(entity));
        }

        return shifts;
    }

    public async Task<IReadOnlyList<Shift>> GetOpenStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        await QueryAsync($"{StartsWith(OpenPrefix)} and {TableClient.CreateQueryFilter($"CheckedInAt lt {cutoff}")}", cancellationToken);

    public async Task<Shift?> GetClosedAsync(ShiftRef shift, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(shift.ChannelId), ClosedRowKey(shift), cancellationToken: cancellationToken);
        return entity.HasValue ? ToShift(entity.Value!) : null;
    }

    public async Task<Shift?> MarkClosedDownAsync(ShiftRef shift, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var entity = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(shift.ChannelId), ClosedRowKey(shift), cancellationToken: cancellationToken);
            if (!entity.HasValue)
            {
                return null;
            }

            var current = ToShift(entity.Value!);
            if (current.ClosedDownAt is not null)
            {
                return current;
            }

            var updated = current with { ClosedDownAt = at };
            try
            {
                await Table.UpdateEntityAsync(ToEntity(updated, entity.Value!.RowKey), entity.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return updated;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Changed under us: read again and re-apply.
            }
        }

        throw new InvalidOperationException("The close-down mark kept conflicting with other writes.");
    }
}
