using Azure;
using Azure.Data.Tables;
using TeamsBot.Storage;
using static TeamsBot.Reflections.ReflectionEntityMapping;

namespace TeamsBot.Reflections;

/// <summary>Reflections in Azure Table Storage; see <see cref="ReflectionEntityMapping"/> for the layout.</summary>
public sealed class TableReflectionStore(Tables tables, PrivateTextProtection protection) : IReflectionStore, IDisposable
{
    /// <summary>
    /// Forms this instance issued, as written (with their ETag), so the save starts from the row instead of reading
    /// it: a form is usually saved within hours, on the instance that sent it. Kept as long as a shift.
    /// </summary>
    private readonly RecentRows<TableEntity> _issued = new(TimeSpan.FromHours(8));

    private TableClient Table => tables.Get(ReflectionsFeature.ReflectionsTable);

    public async Task<Reflection> IssueAsync(Reflection issued, CancellationToken cancellationToken)
    {
        var written = await Table.TryInsertAsync(ToEntity(issued), cancellationToken);
        // A fresh Guid never meets another row; a conflict here would be a bug, not a race to settle.
        if (!written.Written)
        {
            throw new InvalidOperationException($"Form {issued.FormId} was issued twice.");
        }

        _issued.Keep(Key(written.Row!), written.Row!);
        return issued;
    }

    public async Task<Reflection?> GetAsync(string counsellorId, string formId, CancellationToken cancellationToken)
    {
        if (!RandomId.IsWellFormed(formId))
        {
            return null;
        }

        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(counsellorId), RowKey(formId), cancellationToken: cancellationToken);
        return entity.HasValue ? ToReflection(entity.Value!) : null;
    }

    public async Task<SubmitResult> SubmitAsync(string counsellorId, string formId, ReflectionAnswers answers, DateTimeOffset at, string? pressId, CancellationToken cancellationToken)
    {
        if (!RandomId.IsWellFormed(formId))
        {
            return new SubmitResult(SubmitOutcome.NotFound, null);
        }

        // Encrypted once, before the loop: the change below may run again after a conflict and must stay pure.
        var protectedText = protection.Protect(answers.Private);
        var stored = answers.WithoutPrivate();
        var key = (PartitionKey(counsellorId), RowKey(formId));
        Func<TableEntity?, RowChange<SubmitResult>> submit = current => current is null
            ? RowChange.None(new SubmitResult(SubmitOutcome.NotFound, null))
            : ToReflection(current) switch
            {
                { State: ReflectionState.Submitted } already => RowChange.None(new SubmitResult(SubmitOutcome.AlreadySubmitted, already)
                {
                    SamePress = pressId is not null && already.SubmittedByPress == pressId,
                }),
                { State: ReflectionState.Deleted } deleted => RowChange.None(new SubmitResult(SubmitOutcome.Deleted, deleted)),
                var issued => Write(issued with { State = ReflectionState.Submitted, SubmittedAt = at, Answers = stored, ProtectedPrivateText = protectedText, SubmittedByPress = pressId }),
            };
        var submitted = _issued.TryGet(key, out var lastSeen) && lastSeen is not null
            ? await Table.ChangeAsync(lastSeen, submit, cancellationToken)
            : await Table.ChangeAsync(key.Item1, key.Item2, submit, cancellationToken);
        _issued.Forget(key); // Saved (or found saved or deleted): it is never saved again.
        return submitted.ResultOrThrow("Submitting a reflection");

        static RowChange<SubmitResult> Write(Reflection reflection) => RowChange.To(ToEntity(reflection), new SubmitResult(SubmitOutcome.Submitted, reflection));
    }

    public async Task<bool> MarkRemindedAsync(string counsellorId, string formId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!RandomId.IsWellFormed(formId))
        {
            return false;
        }

        var marked = await Table.ChangeAsync(PartitionKey(counsellorId), RowKey(formId), current =>
            current is not null && ToReflection(current) is { State: ReflectionState.Issued, ReminderSentAt: null } issued
                ? RowChange.To(ToEntity(issued with { ReminderSentAt = at }), true)
                : RowChange.None(false), cancellationToken);
        return marked.ResultOrThrow("Marking a reminder");
    }

    public async Task<Reflection?> DeleteAsync(string counsellorId, string formId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!RandomId.IsWellFormed(formId))
        {
            return null;
        }

        var deleted = await Table.ChangeAsync(PartitionKey(counsellorId), RowKey(formId), current => Tombstone(current, at), cancellationToken);
        return deleted.ResultOrThrow("Deleting a reflection");
    }

    /// <summary>What is left of a deleted reflection: when and in which shift it was issued, and that it was deleted.</summary>
    private static RowChange<Reflection?> Tombstone(TableEntity? current, DateTimeOffset at)
    {
        if (current is null)
        {
            return RowChange.None<Reflection?>(null);
        }

        var reflection = ToReflection(current);
        if (reflection.State == ReflectionState.Deleted)
        {
            return RowChange.None<Reflection?>(reflection);
        }

        var tombstone = reflection with { State = ReflectionState.Deleted, DeletedAt = at, Answers = null, ProtectedPrivateText = null };
        return RowChange.To<Reflection?>(ToEntity(tombstone), tombstone);
    }

    public async Task<int> DeleteAllAsync(string counsellorId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var reflection in await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(counsellorId)}"), cancellationToken))
        {
            // Only saved reflections: an unfinished form holds nothing of theirs yet, and deleting it would turn a form
            // still open in the chat into "deleted" and drop its call from the counts.
            if (reflection.State == ReflectionState.Submitted
                && await DeleteAsync(counsellorId, reflection.FormId, at, cancellationToken) is { DeletedAt: { } when } && when == at)
            {
                deleted++;
            }
        }

        return deleted;
    }

    public async Task<IReadOnlyList<Reflection>> ListSinceAsync(string counsellorId, DateTimeOffset since, CancellationToken cancellationToken) =>
        [.. (await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(counsellorId)} and IssuedAt ge {since}"), cancellationToken))
            .OrderByDescending(r => r.IssuedAt)];

    public async Task<IReadOnlyList<Reflection>> ListIssuedBetweenAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"IssuedAt ge {start} and IssuedAt lt {until}"), cancellationToken);

    public async Task<IReadOnlyList<Reflection>> ListUnsubmittedOfShiftAsync(string counsellorId, ShiftLink shift, CancellationToken cancellationToken) =>
        [.. (await QueryAsync(TableClient.CreateQueryFilter(
                $"PartitionKey eq {PartitionKey(counsellorId)} and ShiftChannelId eq {shift.ChannelId} and ShiftCheckedInTicks eq {shift.CheckedInTicks} and State eq {nameof(ReflectionState.Issued)}"),
                cancellationToken))
            .OrderBy(r => r.IssuedAt)];

    public async Task<IReadOnlyList<Reflection>> ListPrivateTextSubmittedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"HasPrivateText eq {true} and SubmittedAt lt {cutoff}"), cancellationToken);

    public async Task<bool> RemovePrivateTextAsync(string counsellorId, string formId, CancellationToken cancellationToken)
    {
        var removed = await Table.ChangeAsync(PartitionKey(counsellorId), RowKey(formId), current =>
            current is not null && ToReflection(current) is { HasPrivateText: true } reflection
                ? RowChange.To(ToEntity(reflection with { ProtectedPrivateText = null }), true)
                : RowChange.None(false), cancellationToken);
        return removed.ResultOrThrow("Removing a private text");
    }

    public async Task<IReadOnlyList<Reflection>> ListIssuedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"IssuedAt lt {cutoff}"), cancellationToken);

    public async Task PurgeAsync(string counsellorId, string formId, CancellationToken cancellationToken)
    {
        _issued.Forget((PartitionKey(counsellorId), RowKey(formId)));
        try
        {
            // Unconditional on purpose: a purged row is past retention, or a form that never reached anyone.
            await Table.DeleteEntityAsync(PartitionKey(counsellorId), RowKey(formId), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Purged already (an earlier run, or a retry of this call that was applied).
        }
    }

    private async Task<List<Reflection>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        List<Reflection> reflections = [];
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            reflections.Add(ToReflection(entity));
        }

        return reflections;
    }

    public void Dispose() => _issued.Dispose();

    private static (string, string) Key(TableEntity row) => (row.PartitionKey, row.RowKey);
}
