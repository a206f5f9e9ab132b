using Azure;
using Azure.Data.Tables;
using TeamsBot.Storage;
using static TeamsBot.Shifts.ShiftEntityMapping;

namespace TeamsBot.Shifts;

/// <summary>Shifts in Azure Table Storage; see <see cref="ShiftEntityMapping"/> for the layout.</summary>
public sealed class TableShiftStore(Tables tables) : IShiftStore
{
    private TableClient Table => tables.Get(ShiftsFeature.ShiftsTable);

    private TableClient OnDuty => tables.Get(ShiftsFeature.OnDutyTable);

    public async Task<(bool Started, Shift Shift)> StartAsync(Shift shift, CancellationToken cancellationToken)
    {
        // Open already: report that shift and change nothing. Usually there is none, so insert without reading first.
        var rowKey = OpenRowKey(shift.Counsellor.TeamsId);
        var started = await Table.ChangeAsync(PartitionKey(shift.ChannelId), rowKey,
            current => current is null ? RowChange.To(ToEntity(shift, rowKey), (Started: true, Shift: shift)) : RowChange.None((Started: false, Shift: ToShift(current))),
            assumeAbsent: true, cancellationToken);
        if (started.ResultOrThrow("Check-in") is { Started: false } already)
        {
            return already;
        }

        if (await ClaimOnDutyAsync(shift, cancellationToken) is not { } elsewhere)
        {
            return (true, shift);
        }

        // Open in another channel already: that shift stands, ours is taken back.
        await DeleteIfUnchangedAsync(Table, started.Row!, cancellationToken);
        return (false, elsewhere);
    }

    /// <summary>Claims the person's open slot (see <see cref="OnDutyMarkers"/>); returns the other open shift holding it, or null.</summary>
    private async Task<Shift?> ClaimOnDutyAsync(Shift shift, CancellationToken cancellationToken)
    {
        OnDutyMarkers.Holder? knownClosed = null;
        // Each round that finds the holder closed replaces it next round; a new holder each time means others keep
        // checking in and out in between, which three rounds make all but impossible for one person.
        for (var round = 0; round < 3; round++)
        {
            var claim = await OnDuty.ChangeAsync(OnDutyMarkers.PartitionKey(shift.Counsellor.TeamsId), OnDutyMarkers.RowKey,
                current => OnDutyMarkers.Claim(current, shift, knownClosed), assumeAbsent: true, cancellationToken);
            if (claim.Outcome == ChangeOutcome.GaveUp)
            {
                break;
            }

            if (claim.Result is not { } holder)
            {
                return null;
            }

            if (await GetOpenAsync(holder.ChannelId, shift.Counsellor.TeamsId, cancellationToken) is { } open && open.CheckedInAt == holder.CheckedInAt)
            {
                return open;
            }

            knownClosed = holder;
        }

        throw new InvalidOperationException("Check-in kept conflicting with check-ins and check-outs in other channels.");
    }

    /// <summary>The counsellor's open shift in whichever channel holds it, if any.</summary>
    public async Task<Shift?> GetOpenAnywhereAsync(string counsellorId, CancellationToken cancellationToken)
    {
        var marker = await OnDuty.GetEntityIfExistsAsync<TableEntity>(OnDutyMarkers.PartitionKey(counsellorId), OnDutyMarkers.RowKey, cancellationToken: cancellationToken);
        return OnDutyMarkers.Read(marker.HasValue ? marker.Value : null) is { } holder
            && await GetOpenAsync(holder.ChannelId, counsellorId, cancellationToken) is { } open && open.CheckedInAt == holder.CheckedInAt
            ? open
            : null;
    }

    public async Task<Shift?> GetOpenAsync(string channelId, string counsellorId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(channelId), OpenRowKey(counsellorId), cancellationToken: cancellationToken);
        return entity.HasValue ? ToShift(entity.Value!) : null;
    }

    public Task<Shift?> CloseAsync(Shift open, DateTimeOffset at, ShiftEnd ending, DateOnly checkoutDay, CancellationToken cancellationToken) =>
        CloseAsync(open, stored => stored with { CheckedOutAt = at, End = ending }, checkoutDay, cancellationToken);

    /// <summary>
    /// Closes an open shift as <paramref name="close"/> says (time, ending, a coordinator's correction record): the open
    /// row goes and the closed row comes in one transaction, then the person's open slot is freed. Null when it was no
    /// longer open.
    /// </summary>
    public async Task<Shift?> CloseAsync(Shift open, Func<Shift, Shift> close, DateOnly checkoutDay, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(open.ChannelId), OpenRowKey(open.Counsellor.TeamsId), cancellationToken: cancellationToken);
        if (!current.HasValue || ToShift(current.Value!).CheckedInAt != open.CheckedInAt)
        {
            return null;
        }

        var closed = close(ToShift(current.Value!));
        var closedRow = ToEntity(closed, ClosedRowKey(closed.Ref(checkoutDay)));
        var writeId = ConditionalWrites.StampWriteId(closedRow);
        TableTransactionAction[] transaction =
        [
            new(TableTransactionActionType.Delete, current.Value!, current.Value!.ETag),
            new(TableTransactionActionType.Add, closedRow),
        ];
        try
        {
            await Table.SubmitTransactionAsync(transaction, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // Someone else closed it first: their close stands, ours changes nothing. Unless it is our own close,
            // applied but answered late, that the storage client sent again: then the closed row is ours.
            if (!await Table.HoldsWriteAsync(closedRow.PartitionKey, closedRow.RowKey, writeId, cancellationToken))
            {
                return null;
            }
        }

        await TryReleaseOnDutyAsync(closed, cancellationToken);
        return closed;
    }

    /// <summary>
    /// Frees the person's open slot after a close. The close stands whatever happens here: a marker left naming a
    /// closed shift is found closed, and taken over, by the next check-in.
    /// </summary>
    private async Task TryReleaseOnDutyAsync(Shift closed, CancellationToken cancellationToken)
    {
        try
        {
            var marker = await OnDuty.GetEntityIfExistsAsync<TableEntity>(OnDutyMarkers.PartitionKey(closed.Counsellor.TeamsId), OnDutyMarkers.RowKey, cancellationToken: cancellationToken);
            if (marker.HasValue && OnDutyMarkers.Read(marker.Value) is { } holder && holder.Names(closed))
            {
                await DeleteIfUnchangedAsync(OnDuty, marker.Value!, cancellationToken);
            }
        }
        catch (RequestFailedException)
        {
            // See above: nothing is lost, the next check-in does one read more.
        }
    }

    /// <summary>Deletes a row, unless someone changed or removed it since it was read (then their change stands).</summary>
    private static async Task DeleteIfUnchangedAsync(TableClient table, TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Changed meanwhile (a check-out raced the check-in, a check-in took the marker over), or already deleted
            // by an earlier attempt of this call.
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

    /// <summary>Every shift row the filter matches, in any channel.</summary>
    internal async Task<List<Shift>> QueryAsync(string filter, CancellationToken cancellationToken)
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
        var marked = await Table.ChangeAsync(PartitionKey(shift.ChannelId), ClosedRowKey(shift), current => MarkClosedDown(current, at), cancellationToken);
        return marked.ResultOrThrow("The close-down mark");
    }

    /// <summary>The first mark stands; marking a shift that is not there changes nothing.</summary>
    private static RowChange<Shift?> MarkClosedDown(TableEntity? current, DateTimeOffset at)
    {
        if (current is null)
        {
            return RowChange.None<Shift?>(null);
        }

        var shift = ToShift(current);
        if (shift.ClosedDownAt is not null)
        {
            return RowChange.None<Shift?>(shift);
        }

        var marked = shift with { ClosedDownAt = at };
        return RowChange.To<Shift?>(ToEntity(marked, current.RowKey), marked);
    }
}
