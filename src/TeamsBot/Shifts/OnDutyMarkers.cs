using Azure.Data.Tables;
using TeamsBot.Storage;

namespace TeamsBot.Shifts;

/// <summary>
/// One open shift per person across channels. Open rows live in their channel's partition (so a board is one query
/// and a close is one transaction), which leaves nothing to stop two check-ins in two channels from both opening a
/// shift. So each person has one marker row in the OnDuty table, <c>person|{counsellor}</c> / <c>onduty</c>, naming
/// the shift that holds their open slot: a check-in first inserts its open row, then claims the marker, and the loser
/// of a race removes its open row again. A close deletes the marker afterwards (off duty, a person has none); a marker whose open row
/// is gone (a delete that never happened) counts as free, which is sound because an open row is always written before
/// its marker names it.
/// </summary>
internal static class OnDutyMarkers
{
    /// <summary>The person's partition (a table of its own, so the Shifts table holds shifts only).</summary>
    public static string PartitionKey(string counsellorId) => "person|" + KeyEncoding.Encode(counsellorId);

    /// <summary>The marker's row: one per person.</summary>
    public const string RowKey = "onduty";

    /// <summary>Which shift holds the person's open slot: its channel and check-in instant.</summary>
    public sealed record Holder(string ChannelId, DateTimeOffset CheckedInAt)
    {
        public bool Names(Shift shift) =>
            string.Equals(ChannelId, shift.ChannelId, StringComparison.Ordinal) && CheckedInAt == shift.CheckedInAt;
    }

    public static Holder? Read(TableEntity? marker) =>
        marker?.GetString("ChannelId") is { } channelId && marker.GetDateTimeOffset("CheckedInAt") is { } at ? new Holder(channelId, at) : null;

    /// <summary>
    /// Claims the slot for <paramref name="ours"/> when it is free, already ours, or held by <paramref name="knownClosed"/>
    /// (a holder found closed). Otherwise changes nothing and returns the holder, whose open row the caller checks.
    /// </summary>
    public static RowChange<Holder?> Claim(TableEntity? current, Shift ours, Holder? knownClosed)
    {
        var holder = Read(current);
        if (holder is not null && holder.Names(ours))
        {
            return RowChange.None<Holder?>(null);
        }

        return holder is null || holder == knownClosed
            ? RowChange.To<Holder?>(Entity(ours.Counsellor.TeamsId, ours), null)
            : RowChange.None<Holder?>(holder);
    }

    private static TableEntity Entity(string counsellorId, Shift holding) => new(PartitionKey(counsellorId), RowKey)
    {
        ["ChannelId"] = holding.ChannelId,
        ["CheckedInAt"] = holding.CheckedInAt,
    };
}
