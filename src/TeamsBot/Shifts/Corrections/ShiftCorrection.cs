using System.Text.Json;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// One coordinator's correction of a shift's check-out: who, when, and the check-out time before (null when the
/// shift was still open) and after. Kept in the shift's own row, so the correction and its record are one write.
/// </summary>
public sealed record ShiftCorrection(string ById, string ByName, DateTimeOffset At, DateTimeOffset? OldCheckOut, DateTimeOffset NewCheckOut)
{
    public static ShiftCorrection By(Person coordinator, DateTimeOffset at, DateTimeOffset? oldCheckOut, DateTimeOffset newCheckOut) =>
        new(coordinator.TeamsId, coordinator.Name, at, oldCheckOut, newCheckOut);
}

/// <summary>The corrections column: a JSON list, oldest first. A table row holds up to 64 KiB per property, far more than a day's corrections.</summary>
internal static class ShiftCorrectionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? Write(IReadOnlyList<ShiftCorrection>? corrections) =>
        corrections is { Count: > 0 } ? JsonSerializer.Serialize(corrections, Options) : null;

    public static IReadOnlyList<ShiftCorrection>? Read(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<List<ShiftCorrection>>(json, Options);
}
