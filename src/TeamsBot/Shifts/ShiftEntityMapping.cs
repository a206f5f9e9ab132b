using Azure.Data.Tables;
using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Shifts;

/// <summary>
/// How shifts lie in the Shifts table. Partition: the channel, so a board is one partition query and a
/// check-out is one atomic transaction. Rows: <c>open|{counsellor}</c> while on duty (an insert, so a
/// second check-in cannot create a second shift), then <c>closed|{local day}|{counsellor}|{check-in ticks}</c>.
/// One row per person in the OnDuty table keeps a person to one open shift across channels: see <see cref="OnDutyMarkers"/>.
/// </summary>
internal static class ShiftEntityMapping
{
    public const string OpenPrefix = "open|";
    public const string ClosedPrefix = "closed|";

    public static string PartitionKey(string channelId) => KeyEncoding.Encode(channelId);

    public static string OpenRowKey(string counsellorId) => OpenPrefix + KeyEncoding.Encode(counsellorId);

    public static string ClosedRowKey(ShiftRef shift) =>
        $"{ClosedPrefix}{Day(shift.CheckoutDay)}|{KeyEncoding.Encode(shift.CounsellorId)}|{shift.CheckedInTicks:D19}";

    public static string ClosedDayPrefix(DateOnly day) => $"{ClosedPrefix}{Day(day)}|";

    /// <summary>An OData filter for rows whose key starts with <paramref name="prefix"/> ('~' sorts after every key character we write).</summary>
    public static string StartsWith(string prefix) =>
        TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {prefix + "~"}");

    public static TableEntity ToEntity(Shift shift, string rowKey) => new(PartitionKey(shift.ChannelId), rowKey)
    {
        ["ChannelId"] = shift.ChannelId,
        ["CounsellorId"] = shift.Counsellor.TeamsId,
        ["CounsellorName"] = shift.Counsellor.Name,
        ["CounsellorEntraId"] = shift.Counsellor.EntraId,
        ["Locale"] = shift.Counsellor.Locale,
        ["CheckedInAt"] = shift.CheckedInAt,
        ["CheckedOutAt"] = shift.CheckedOutAt,
        ["End"] = shift.End?.ToString(),
        ["ClosedDownAt"] = shift.ClosedDownAt,
        ["Corrections"] = ShiftCorrectionJson.Write(shift.Corrections),
    };

    public static Shift ToShift(TableEntity entity) => new(
        entity.GetString("ChannelId"),
        new Person(entity.GetString("CounsellorId"), entity.GetString("CounsellorName") ?? string.Empty, entity.GetString("CounsellorEntraId"), entity.GetString("Locale")),
        entity.GetDateTimeOffset("CheckedInAt") ?? throw new InvalidDataException($"Shift row {entity.RowKey} has no CheckedInAt."),
        entity.GetDateTimeOffset("CheckedOutAt"),
        Enum.TryParse<ShiftEnd>(entity.GetString("End"), out var end) ? end : null,
        entity.GetDateTimeOffset("ClosedDownAt"),
        ShiftCorrectionJson.Read(entity.GetString("Corrections")));

    private static string Day(DateOnly day) => DayKey.Of(day);
}
