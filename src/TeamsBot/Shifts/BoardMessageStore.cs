using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsBot.Storage;

namespace TeamsBot.Shifts;

/// <summary>The id of each channel's board message per local day (partition: channel; row: day).</summary>
public sealed class BoardMessageStore(Tables tables)
{
    private TableClient Table => tables.Get(ShiftsFeature.BoardsTable);

    public sealed record BoardMessage(string ActivityId, ETag ETag);

    public async Task<BoardMessage?> GetAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(channelId), RowKey(day), cancellationToken: cancellationToken);
        return found.HasValue ? new BoardMessage(found.Value!.GetString("ActivityId"), found.Value.ETag) : null;
    }

    /// <summary>
    /// Remembers the board's message id. Conditional on what was read (insert, or ETag), so a board posted
    /// by another instance in the meantime is not silently overwritten. Returns what is now stored, or null
    /// on such a conflict: the caller then reads again.
    /// </summary>
    public async Task<BoardMessage?> TrySaveAsync(string channelId, DateOnly day, string activityId, BoardMessage? previous, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(KeyEncoding.Encode(channelId), RowKey(day)) { ["ActivityId"] = activityId };
        try
        {
            var saved = previous is null
                ? await Table.AddEntityAsync(entity, cancellationToken)
                : await Table.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken);
            return new BoardMessage(activityId, saved.Headers.ETag ?? default);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    private static string RowKey(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
