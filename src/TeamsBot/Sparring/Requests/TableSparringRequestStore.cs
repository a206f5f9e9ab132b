using Azure.Data.Tables;
using TeamsBot.Protection;
using TeamsBot.Storage;
using static TeamsBot.Sparring.SparringRequestEntityMapping;

namespace TeamsBot.Sparring;

/// <summary>Every sparring request, kept with its steps and outcome (the note only while it is open or accepted).</summary>
public interface ISparringRequestStore
{
    /// <summary>Stores a new request: <see cref="ListForCounsellorAsync"/>, then <see cref="InsertAsync"/>.</summary>
    Task<SparringRequest> CreateAsync(SparringRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Puts a request id on its counsellor's list, before the request itself is inserted: a crash between the two leaves
    /// an entry without a request, which a reader skips, never a request the end of the shift cannot find.
    /// </summary>
    Task ListForCounsellorAsync(string counsellorTeamsId, string requestId, CancellationToken cancellationToken);

    /// <summary>Inserts the request row; its id must be on the counsellor's list already (<see cref="ListForCounsellorAsync"/>).</summary>
    Task<SparringRequest> InsertAsync(SparringRequest request, CancellationToken cancellationToken);

    /// <summary>The request by id; null when there is none (or the id is not of the form a request id has).</summary>
    Task<SparringRequest?> GetAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="transition"/> (one of <see cref="SparringTransitions"/>, pure) to the request as stored and
    /// writes what it changed under the row's ETag; on a conflict it is applied again to what the other writer left.
    /// An unknown id is refused with <see cref="SparringRefusalReason.NotFound"/>.
    /// </summary>
    Task<SparringChange> ChangeAsync(string requestId, Func<SparringRequest, SparringChange> transition, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of the requests the counsellor made since they were last forgotten (see <see cref="ForgetAsync"/>): what may
    /// still be open when their shift ends. Some may be closed by now; the caller reads each.
    /// </summary>
    Task<IReadOnlyList<string>> ListOfCounsellorAsync(string counsellorTeamsId, CancellationToken cancellationToken);

    /// <summary>Drops a request from its counsellor's list (after their shift ended); the request itself is kept.</summary>
    Task ForgetAsync(string counsellorTeamsId, string requestId, CancellationToken cancellationToken);

    /// <summary>The ids of the requests still open or accepted that were made before <paramref name="cutoff"/> (for the lapse job).</summary>
    Task<IReadOnlyList<string>> OpenOrAcceptedMadeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>Requests in the <c>SparringRequests</c> table; see <see cref="SparringRequestEntityMapping"/> for the row.</summary>
/// <remarks>
/// Why this is enough for "two accepts at once, one wins" and "each step exactly once, on any number of instances":
/// both are a transition that refuses unless the request is as the presser or claimer saw it (open; exactly
/// <c>n − 1</c> steps taken). The first write changes the ETag, so the second meets a conflict, is applied again to the
/// stored request, and is refused (taken by X; step already taken).
/// </remarks>
public sealed class TableSparringRequestStore(Tables tables, PrivateText privateText) : ISparringRequestStore
{
    private readonly PrivateText _note = privateText.For(NotePurpose);

    private TableClient Table => tables.Get(SparringFeature.RequestsTable);

    public async Task<SparringRequest> CreateAsync(SparringRequest request, CancellationToken cancellationToken)
    {
        await ListForCounsellorAsync(request.Counsellor.TeamsId, request.Id, cancellationToken);
        return await InsertAsync(request, cancellationToken);
    }

    public async Task ListForCounsellorAsync(string counsellorTeamsId, string requestId, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new TableEntity(CounsellorPartition(counsellorTeamsId), KeyEncoding.Encode(requestId)), TableUpdateMode.Replace, cancellationToken);

    public async Task<SparringRequest> InsertAsync(SparringRequest request, CancellationToken cancellationToken)
    {
        var written = await Table.TryInsertAsync(ToEntity(request, _note), cancellationToken);
        // A fresh Guid never meets another row; a conflict here would be a bug, not a race to settle.
        return written.Written ? request : throw new InvalidOperationException($"Sparring request {request.Id} was created twice.");
    }

    public async Task<SparringRequest?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        if (!RandomId.IsWellFormed(requestId))
        {
            return null;
        }

        var row = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(requestId), RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!, _note) : null;
    }

    public async Task<SparringChange> ChangeAsync(string requestId, Func<SparringRequest, SparringChange> transition, CancellationToken cancellationToken)
    {
        if (!RandomId.IsWellFormed(requestId))
        {
            return SparringChange.Refused(null, SparringRefusalReason.NotFound);
        }

        var result = await Table.ChangeAsync(PartitionOf(requestId), RowKey, row =>
        {
            if (row is null)
            {
                return RowChange.None(SparringChange.Refused(null, SparringRefusalReason.NotFound));
            }

            var stored = FromEntity(row, _note);
            var change = transition(stored);
            // A transition that found nothing to change hands back the request it was given: no write.
            return change.Changed && !ReferenceEquals(change.Request, stored) && change.Request is { } changed
                ? RowChange.To(ToEntity(changed, _note), change)
                : RowChange.None(change);
        }, cancellationToken);
        return result.ResultOrThrow("A sparring request");
    }

    public async Task<IReadOnlyList<string>> ListOfCounsellorAsync(string counsellorTeamsId, CancellationToken cancellationToken)
    {
        List<string> ids = [];
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {CounsellorPartition(counsellorTeamsId)}"),
            select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(KeyEncoding.Decode(row.RowKey));
        }

        return ids;
    }

    public async Task ForgetAsync(string counsellorTeamsId, string requestId, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(CounsellorPartition(counsellorTeamsId), KeyEncoding.Encode(requestId), cancellationToken: cancellationToken);

    /// <remarks>
    /// A request's partition is its random id, so this filter is a scan of the whole table by the service (only the
    /// matching rows travel, and only their id: never the note). That is fine for its one caller: the lapse job, once an
    /// hour on one instance, over a counselling service's requests (a few thousand a year, one or two pages), as the
    /// overview's query does (<see cref="Overview.SparringRequestQuery"/>). An index of open requests would have to be
    /// kept in step with every transition for a saving nobody would notice.
    /// </remarks>
    public async Task<IReadOnlyList<string>> OpenOrAcceptedMadeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"RowKey eq {RowKey} and (State eq {nameof(SparringRequestState.Open)} or State eq {nameof(SparringRequestState.Accepted)}) and CreatedAt lt {cutoff}");
        List<string> ids = [];
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Id"], cancellationToken: cancellationToken))
        {
            ids.Add(row.GetString("Id"));
        }

        return ids;
    }
}
