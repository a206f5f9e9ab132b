using Azure.Data.Tables;
using Microsoft.Extensions.Caching.Memory;
using TeamsBot.Storage;

namespace TeamsBot.Shifts;

/// <summary>Each team's duty channel: one row per team (partition: the team; row: <c>duty</c>) in the DutyChannels table.</summary>
public sealed class DutyChannelStore(Tables tables) : IDisposable
{
    private const string RowKey = "duty";

    /// <summary>
    /// Every check-in asks for its team's duty channel, and it changes rarely: a row read lately is used for this long.
    /// A choice made through another instance is seen here after at most this; one made here, at once.
    /// </summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private long _changes;

    public void Dispose() => _recent.Dispose();

    /// <summary>Counts the writes made through this instance, so a reader that keeps the list (<c>DutyTeams</c>) knows to read it again.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>Remembers the team's row as just read or written (null: the team has none), for <see cref="KeptFor"/>.</summary>
    private DutyChannel? Keep(string teamKey, DutyChannel? duty) =>
        _recent.Set(teamKey, duty, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });

    /// <summary>Remembers the row a change left, and counts the change when it wrote.</summary>
    private DutyChannel KeepWritten<T>(ChangeResult<T> result, DutyChannel duty)
    {
        if (result.Outcome == ChangeOutcome.Written)
        {
            Interlocked.Increment(ref _changes);
        }

        return Keep(duty.TeamKey, duty)!;
    }

    private TableClient Table => tables.Get(ShiftsFeature.DutyChannelsTable);

    public async Task<DutyChannel?> GetAsync(string teamKey, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(teamKey), RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    /// <summary>
    /// As <see cref="GetAsync"/>, as read at most <see cref="KeptFor"/> ago (a team without a duty channel too): for
    /// reads on every message, such as <c>/vagt</c>. A channel set through this instance is seen at once.
    /// </summary>
    public async Task<DutyChannel?> GetKeptAsync(string teamKey, CancellationToken cancellationToken)
    {
        if (_recent.TryGetValue(teamKey, out DutyChannel? known))
        {
            return known;
        }

        // A choice or a forget made here while the read ran must not be covered by what the read found before it.
        var changes = Changes;
        var read = await GetAsync(teamKey, cancellationToken);
        return changes == Changes ? Keep(teamKey, read) : read;
    }

    /// <summary>Every team's duty channel: one row per team the bot was added to, so a short list.</summary>
    public async Task<IReadOnlyList<DutyChannel>> ListAsync(CancellationToken cancellationToken)
    {
        List<DutyChannel> all = [];
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.RowKey == RowKey, cancellationToken: cancellationToken))
        {
            all.Add(FromEntity(row));
        }

        return all;
    }

    /// <summary>
    /// The team's duty channel; when none is set, <paramref name="candidate"/> becomes it. Of racing candidates one
    /// wins and all get the winner. Names Teams sends later for the stored channel are filled in.
    /// </summary>
    public async Task<DutyChannel> GetOrSetDefaultAsync(DutyChannel candidate, CancellationToken cancellationToken)
    {
        if (_recent.TryGetValue(candidate.TeamKey, out DutyChannel? known) && known is not null && known.FilledInFrom(candidate) is null)
        {
            return known;
        }

        var result = await Table.ChangeAsync(KeyEncoding.Encode(candidate.TeamKey), RowKey, current =>
        {
            var stored = current is null ? null : FromEntity(current);
            return stored is null ? RowChange.To(ToEntity(candidate), candidate)
                : stored.FilledInFrom(candidate) is { } filled ? RowChange.To(ToEntity(filled), filled)
                : RowChange.None(stored);
        }, cancellationToken);
        return KeepWritten(result, result.ResultOrThrow("The duty channel"));
    }

    /// <summary>Makes <paramref name="chosen"/> the team's duty channel, whatever was set before (the last choice stands).</summary>
    public async Task<DutyChannel> ChooseAsync(DutyChannel chosen, CancellationToken cancellationToken)
    {
        var result = await Table.ChangeAsync(KeyEncoding.Encode(chosen.TeamKey), RowKey, current =>
        {
            // Keep what Teams told us about the channel earlier when this activity did not say.
            var stored = current is null ? null : FromEntity(current);
            var keep = stored is not null && string.Equals(stored.ChannelId, chosen.ChannelId, StringComparison.Ordinal) ? stored : null;
            var merged = chosen with { ChannelName = chosen.ChannelName ?? keep?.ChannelName, TeamGroupId = chosen.TeamGroupId ?? stored?.TeamGroupId };
            return RowChange.To(ToEntity(merged), merged);
        }, cancellationToken);
        return KeepWritten(result, result.ResultOrThrow("The duty channel"));
    }

    /// <summary>
    /// Forgets the team's duty channel (the bot left the team), or only when it is <paramref name="onlyChannelId"/> (that
    /// channel was deleted): the next check-in then sets one anew. A coordinator's choice made meanwhile stays (ETag).
    /// </summary>
    /// <remarks>
    /// Another instance may still use the forgotten channel for up to <see cref="KeptFor"/> (30 s): a check-in there
    /// is pointed at a channel that is gone, or the removed team's row is not set again at once. Accepted: a deleted
    /// channel or a team without the bot sends no check-ins, and after those seconds the table decides.
    /// </remarks>
    public async Task ForgetAsync(string teamKey, string? onlyChannelId, CancellationToken cancellationToken)
    {
        // Counted before and after (also when the delete throws after storage applied it): a read running meanwhile
        // is not kept, and lists kept elsewhere on this instance are read again.
        Interlocked.Increment(ref _changes);
        _recent.Remove(teamKey);
        try
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(teamKey), RowKey, cancellationToken: cancellationToken);
            if (row.HasValue && (onlyChannelId is null || string.Equals(row.Value!.GetString("ChannelId"), onlyChannelId, StringComparison.Ordinal)))
            {
                try
                {
                    await Table.DeleteEntityAsync(row.Value!.PartitionKey, RowKey, row.Value.ETag, cancellationToken);
                }
                catch (Azure.RequestFailedException e) when (e.Status == 412)
                {
                    // Changed since it was read: a coordinator chose a channel, which stands.
                }
            }
        }
        finally
        {
            _recent.Remove(teamKey);
            Interlocked.Increment(ref _changes);
        }
    }

    private static TableEntity ToEntity(DutyChannel duty) => new(KeyEncoding.Encode(duty.TeamKey), RowKey)
    {
        ["TeamKey"] = duty.TeamKey,
        ["ChannelId"] = duty.ChannelId,
        ["ChannelName"] = duty.ChannelName,
        ["TeamGroupId"] = duty.TeamGroupId,
        ["TenantId"] = duty.TenantId,
        ["Source"] = duty.Source.ToString(),
        ["ChosenBy"] = duty.ChosenBy,
        ["At"] = duty.At,
    };

    private static DutyChannel FromEntity(TableEntity row) => new(
        row.GetString("TeamKey"),
        row.GetString("ChannelId"),
        row.GetString("ChannelName"),
        row.GetString("TeamGroupId"),
        row.GetString("TenantId"),
        Enum.TryParse<DutyChannelSource>(row.GetString("Source"), out var source) ? source : DutyChannelSource.Chosen,
        row.GetString("ChosenBy"),
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);
}
