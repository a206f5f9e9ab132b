using Azure.Data.Tables;
using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>Each duty team's on-call roster.</summary>
public interface IRosterStore
{
    /// <summary>The team's roster; empty when it has none yet.</summary>
    Task<Roster> GetAsync(string teamKey, CancellationToken cancellationToken);

    /// <summary>Adds the slot unless it overlaps one stored, however many coordinators add at once.</summary>
    Task<RosterChange> AddSlotAsync(string teamKey, WeeklySlot slot, CancellationToken cancellationToken);

    /// <summary>Adds the override unless it has ended or overlaps one stored; ended overrides are dropped meanwhile.</summary>
    Task<RosterChange> AddOverrideAsync(string teamKey, DateOverride added, CancellationToken cancellationToken);

    /// <summary>True when the slot was removed; false when there was none by that id (removed already).</summary>
    Task<bool> RemoveSlotAsync(string teamKey, string slotId, CancellationToken cancellationToken);

    /// <summary>True when the override was removed; false when there was none by that id.</summary>
    Task<bool> RemoveOverrideAsync(string teamKey, string overrideId, CancellationToken cancellationToken);
}

/// <summary>
/// The roster in the <c>Rosters</c> table: one row per team holding all its slots and overrides (see
/// <see cref="RosterEntityMapping"/>), changed only under the row's ETag (<see cref="ReadModifyWrite"/>).
/// </summary>
/// <remarks>
/// Why one row and not one per slot: an add must be checked against every other slot and override, and two adds that
/// overlap each other must not both land. With one row the check and the write are one ETag-guarded replace: of two
/// racing adds, the second meets the first's change, is checked again against it, and is refused if they overlap
/// (adds that do not overlap both land). Rows per slot would need a lock row and a transaction for the same guarantee.
/// Reading who is on call is one point read.
/// </remarks>
public sealed class TableRosterStore(Tables tables, OrganisationClock clock) : IRosterStore
{
    private TableClient Table => tables.Get(SparringFeature.RostersTable);

    public async Task<Roster> GetAsync(string teamKey, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(RosterEntityMapping.PartitionOf(teamKey), RosterEntityMapping.RowKey,
            cancellationToken: cancellationToken);
        return RosterEntityMapping.FromEntity(row.HasValue ? row.Value : null);
    }

    public Task<RosterChange> AddSlotAsync(string teamKey, WeeklySlot slot, CancellationToken cancellationToken) =>
        AddAsync(teamKey, roster => roster.AddSlot(slot), cancellationToken);

    public Task<RosterChange> AddOverrideAsync(string teamKey, DateOverride added, CancellationToken cancellationToken)
    {
        var localNow = clock.Local(clock.Now).DateTime;
        return AddAsync(teamKey, roster => roster.AddOverride(added, localNow), cancellationToken);
    }

    public Task<bool> RemoveSlotAsync(string teamKey, string slotId, CancellationToken cancellationToken) =>
        RemoveAsync(teamKey, roster => roster.RemoveSlot(slotId), cancellationToken);

    public Task<bool> RemoveOverrideAsync(string teamKey, string overrideId, CancellationToken cancellationToken) =>
        RemoveAsync(teamKey, roster => roster.RemoveOverride(overrideId), cancellationToken);

    private async Task<RosterChange> AddAsync(string teamKey, Func<Roster, RosterChange> add, CancellationToken cancellationToken)
    {
        var result = await Table.ChangeAsync(RosterEntityMapping.PartitionOf(teamKey), RosterEntityMapping.RowKey, row =>
        {
            var stored = RosterEntityMapping.FromEntity(row);
            var change = add(stored);
            if (!change.Added)
            {
                return RowChange.None(change);
            }

            var write = RosterEntityMapping.ToEntity(teamKey, change.Roster);
            return RosterEntityMapping.Fits(write)
                ? RowChange.To(write, change)
                : RowChange.None(new RosterChange(stored, new RosterRefusal(RosterRefusalReason.RosterFull)));
        }, cancellationToken);
        return result.ResultOrThrow("The roster");
    }

    private async Task<bool> RemoveAsync(string teamKey, Func<Roster, Roster?> remove, CancellationToken cancellationToken)
    {
        var result = await Table.ChangeAsync(RosterEntityMapping.PartitionOf(teamKey), RosterEntityMapping.RowKey, row =>
            remove(RosterEntityMapping.FromEntity(row)) is { } removed
                ? RowChange.To(RosterEntityMapping.ToEntity(teamKey, removed), true)
                : RowChange.None(false), cancellationToken);
        return result.ResultOrThrow("The roster");
    }
}
