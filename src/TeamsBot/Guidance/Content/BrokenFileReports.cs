using Azure.Data.Tables;
using Bot.Protocol.Activities;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Guidance.Content;

/// <summary>
/// Tells the coordinators about a broken content file in their 1:1 chat, once per change: once per file and content
/// (a hash of its bytes), however many rescans, restarts or instances see it. What was reported is a row per file in
/// <c>GuidanceReports</c> holding the reported hash, claimed under its ETag so of two instances one reports; a file that
/// loads again (or is deleted) clears its row, so breaking it again, even to the same bytes, reports again.
/// </summary>
public sealed class BrokenFileReports(Tables tables, Roles roles, PersonalChat chat, CoordinatorCultures cultures, Texts<Strings> texts,
    TimeProvider time, ILogger<BrokenFileReports> log)
{
    public const string TableName = "GuidanceReports";
    private const string RowKey = "reported";
    private const string HashColumn = "Hash";

    /// <summary>Each file's hash as stored ("" when cleared); null until the table was read once by this instance.</summary>
    private Dictionary<string, string>? _stored;

    /// <summary>Reports what a reload found broken and not reported yet, and clears the rows of files that are fine.</summary>
    /// <remarks>Not reentrant: the reloader calls it one reload at a time. Storage failures propagate; the next reload tries again.</remarks>
    public async Task ReportAsync(ReloadOutcome outcome, CancellationToken cancellationToken)
    {
        var stored = _stored ??= await ReadAllAsync(cancellationToken);
        foreach (var broken in outcome.Broken.Where(b => stored.GetValueOrDefault(b.Id) != b.Hash))
        {
            if (await ClaimAsync(broken, cancellationToken) && !await TellAsync(broken, cancellationToken))
            {
                // Nobody could be reached yet (the bot has not met the coordinators' tenant, or the connector failed):
                // the claim is given back, so the next reload tries again instead of the report being lost.
                await ChangeAsync(broken.Id, string.Empty, cancellationToken);
                continue;
            }

            stored[broken.Id] = broken.Hash;
        }

        var present = outcome.Broken.Select(b => b.Id).Concat(outcome.Unreadable).ToHashSet(StringComparer.Ordinal);
        foreach (var id in stored.Where(s => s.Value.Length > 0 && !present.Contains(s.Key)).Select(s => s.Key).ToList())
        {
            await ChangeAsync(id, string.Empty, cancellationToken);
            stored[id] = string.Empty;
        }
    }

    private async Task<Dictionary<string, string>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in tables.Get(TableName).QueryAsync<TableEntity>(select: ["PartitionKey", HashColumn], cancellationToken: cancellationToken))
        {
            stored[KeyEncoding.Decode(row.PartitionKey)] = row.GetString(HashColumn) ?? string.Empty;
        }

        return stored;
    }

    /// <summary>True when this call stored the broken hash, i.e. nobody has reported this content of the file yet.</summary>
    private Task<bool> ClaimAsync(BrokenFile broken, CancellationToken cancellationToken) =>
        ChangeAsync(broken.Id, broken.Hash, cancellationToken);

    private async Task<bool> ChangeAsync(string id, string hash, CancellationToken cancellationToken)
    {
        var result = await tables.Get(TableName).ChangeAsync(KeyEncoding.Encode(id), RowKey, row =>
            (row?.GetString(HashColumn) ?? string.Empty) == hash
                ? RowChange.None(false)
                : RowChange.To(new TableEntity(KeyEncoding.Encode(id), RowKey) { [HashColumn] = hash, ["ChangedAt"] = time.GetUtcNow() }, true),
            cancellationToken);
        return result.ResultOrThrow("The guidance report of " + id);
    }

    /// <summary>Sends the report to every coordinator; false when it should be tried again (none reached, none refused for good).</summary>
    private async Task<bool> TellAsync(BrokenFile broken, CancellationToken cancellationToken)
    {
        if (roles.Coordinators.Count == 0)
        {
            GuidanceContentLog.NoCoordinators(log, broken.Id);
            return true;
        }

        var (told, retry) = (0, false);
        foreach (var coordinator in roles.Coordinators)
        {
            var culture = await cultures.OfAsync(coordinator, cancellationToken);
            var text = BotCultures.In(culture, () => BrokenFileMessage.Text(texts, broken));
            var result = await chat.SendAsync(PersonAddress.ByEntraId(coordinator), Activity.TextMessage(text), cancellationToken);
            if (result.Sent)
            {
                told++;
            }
            else
            {
                GuidanceContentLog.ReportNotDelivered(log, broken.Id, coordinator, result.Outcome);
                retry |= result.Outcome is ReachOutcome.NoConversation or ReachOutcome.Failed;
            }
        }

        GuidanceContentLog.Reported(log, broken.Id, broken.Hash, told, roles.Coordinators.Count);
        return told > 0 || !retry;
    }
}
