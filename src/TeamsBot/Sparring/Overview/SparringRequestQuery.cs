using Azure.Data.Tables;
using TeamsBot.Protection;
using TeamsBot.Storage;

namespace TeamsBot.Sparring.Overview;

/// <summary>
/// The sparring requests created in a period, for the coordinators' overview: read straight from the
/// <c>SparringRequests</c> table, without the note.
/// </summary>
/// <remarks>
/// The table's partition is the request id (random, so a press finds its request with one point read), so a period is
/// a query across partitions, filtered on the <c>CreatedAt</c> column by the service: only the period's rows travel,
/// but the service scans the whole table to find them, so the cost of one overview grows with every request ever kept
/// (requests are kept, outcome and all). At a counselling service's scale (tens of requests a week, a few thousand a
/// year) that is one or two pages of 1,000 rows and well under a second; should it ever not be, the remedy is an index
/// row per request in a partition per week, written when the request is created. The query selects the columns it
/// needs and never <c>Note</c>, so the note is neither transferred nor decrypted here, even while a request is open.
/// </remarks>
public sealed class SparringRequestQuery(Tables tables, PrivateText privateText)
{
    /// <summary>Every column of a request row except the note.</summary>
    private static readonly string[] Columns =
    [
        "Id", "Counsellor", "Urgency", "CreatedAt", "OnCallPrimary", "OnCallBackup", "State", "Steps", "Declines",
        "AcceptedBy", "AcceptedAt", "ClosedAt", "FollowUpNeeded",
    ];

    // Never used: the note column is never selected. The mapping asks for it to read a note that is there.
    private readonly PrivateText _unused = privateText.For(SparringRequestEntityMapping.NotePurpose);

    private TableClient Table => tables.Get(SparringFeature.RequestsTable);

    /// <summary>The requests created from <paramref name="start"/> (inclusive) until <paramref name="until"/> (exclusive), oldest first, each without its note.</summary>
    public async Task<IReadOnlyList<SparringRequest>> CreatedBetweenAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {SparringRequestEntityMapping.RowKey} and CreatedAt ge {start} and CreatedAt lt {until}");
        List<SparringRequest> requests = [];
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: Columns, cancellationToken: cancellationToken))
        {
            requests.Add(SparringRequestEntityMapping.FromEntity(row, _unused));
        }

        return [.. requests.OrderBy(r => r.CreatedAt)];
    }
}
