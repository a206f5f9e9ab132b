using System.Text.Json;
using Azure.Data.Tables;
using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>
/// A team's roster as one table row (partition: the team; row: <c>roster</c>): its slots and its overrides, each a
/// JSON list in its own column. Values are written in the forms' own formats (<c>monday</c>, <c>22:00</c>,
/// <c>2026-12-24</c>), so the row reads the same as the forms.
/// </summary>
internal static class RosterEntityMapping
{
    public const string RowKey = "roster";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A string property holds at most 64 KiB of UTF-16.</summary>
    public const int MaxPropertyChars = 32 * 1024;

    public static string PartitionOf(string teamKey) => KeyEncoding.Encode(teamKey);

    public static TableEntity ToEntity(string teamKey, Roster roster) => new(PartitionOf(teamKey), RowKey)
    {
        ["TeamKey"] = teamKey,
        ["Slots"] = JsonSerializer.Serialize(roster.Slots.Select(ToRow), Json),
        ["Overrides"] = JsonSerializer.Serialize(roster.Overrides.Select(ToRow), Json),
    };

    public static Roster FromEntity(TableEntity? row) => row is null ? Roster.Empty : new Roster(
        [.. Read<SlotRow>(row.GetString("Slots")).Select(FromRow)],
        [.. Read<OverrideRow>(row.GetString("Overrides")).Select(FromRow)]);

    /// <summary>Whether the row can be stored: each JSON column within what a property holds.</summary>
    public static bool Fits(TableEntity row) => row.Select(p => p.Value).OfType<string>().All(text => text.Length <= MaxPropertyChars);

    private static List<T> Read<T>(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];

    private static SlotRow ToRow(WeeklySlot slot) =>
        new(slot.Id, RosterInputs.Value(slot.Day), RosterInputs.Value(slot.Start), RosterInputs.Value(slot.End), ToRow(slot.Primary),
            slot.Backup is null ? null : ToRow(slot.Backup));

    private static OverrideRow ToRow(DateOverride item) =>
        new(item.Id, DayKey.Of(item.Date), RosterInputs.Value(item.Start), RosterInputs.Value(item.End), ToRow(item.Person));

    private static PersonRow ToRow(Person person) => new(person.TeamsId, person.Name, person.EntraId);

    private static WeeklySlot FromRow(SlotRow row) =>
        new(row.Id, Stored(RosterInputs.WeekdayOf(row.Day)), Stored(RosterInputs.TimeOf(row.Start)), Stored(RosterInputs.TimeOf(row.End)),
            FromRow(row.Primary), row.Backup is null ? null : FromRow(row.Backup));

    private static DateOverride FromRow(OverrideRow row) =>
        new(row.Id, Stored(DayKey.Parse(row.Date)), Stored(RosterInputs.TimeOf(row.Start)), Stored(RosterInputs.TimeOf(row.End)), FromRow(row.Person));

    private static Person FromRow(PersonRow row) => new(row.TeamsId, row.Name, row.EntraId);

    /// <summary>Only this code writes the row, in these formats: anything else is a broken row, not input to refuse.</summary>
    private static T Stored<T>(T? value)
        where T : struct =>
        value ?? throw new InvalidDataException("A roster row holds a value this code does not write.");

    private sealed record SlotRow(string Id, string Day, string Start, string End, PersonRow Primary, PersonRow? Backup);

    private sealed record OverrideRow(string Id, string Date, string Start, string End, PersonRow Person);

    private sealed record PersonRow(string TeamsId, string Name, string? EntraId);
}
