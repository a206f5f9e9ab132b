using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using TeamsBot.Organisation;
using TeamsBot.Protection;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>
/// A request as one row of the <c>SparringRequests</c> table. Partition: the request id (random, so requests spread,
/// and a press carries just the id); row: <c>request</c>. Who it went to, when, and who declined are JSON lists;
/// <c>StepsTaken</c> is a column of its own, the number a step claim compares. The note is written only while the
/// request is open or accepted, whatever the record holds, and then encrypted by the application (Data Protection, as
/// the reflections' private text): it is the counsellor's own words about a call.
/// </summary>
internal static class SparringRequestEntityMapping
{
    public const string RowKey = "request";

    /// <summary>The Data Protection purpose of the note; a new format gets a new purpose, never a reuse.</summary>
    public const string NotePurpose = "TeamsBot.Sparring.Note.v1";

    /// <summary>Rungs by name, not number, so the stored steps read the same after the enum grows.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string PartitionOf(string requestId) => KeyEncoding.Encode(requestId);

    /// <summary>
    /// A counsellor's list of their requests (one empty row per request, keyed by its id), so the end of their shift finds
    /// the ones still open with one partition query instead of a scan of every request ever kept. Its prefix cannot
    /// be a request id (those are hex).
    /// </summary>
    public static string CounsellorPartition(string counsellorTeamsId) => KeyEncoding.Encode("counsellor:" + counsellorTeamsId);

    public static TableEntity ToEntity(SparringRequest request, PrivateText note) => new(PartitionOf(request.Id), RowKey)
    {
        ["Id"] = request.Id,
        ["Counsellor"] = Write(request.Counsellor),
        ["CounsellorId"] = request.Counsellor.TeamsId,
        ["Urgency"] = SparringUrgencies.Value(request.Urgency),
        ["Note"] = request.IsClosed || request.Note is null ? null : note.Protect(request.Note),
        ["CreatedAt"] = request.CreatedAt,
        ["OnCallPrimary"] = request.OnCallPrimary is null ? null : Write(request.OnCallPrimary),
        ["OnCallBackup"] = request.OnCallBackup is null ? null : Write(request.OnCallBackup),
        ["State"] = request.State.ToString(),
        ["StepsTaken"] = request.StepsTaken,
        ["Steps"] = JsonSerializer.Serialize(request.Steps, Json),
        ["Declines"] = JsonSerializer.Serialize(request.Declines, Json),
        ["AcceptedBy"] = request.AcceptedBy is null ? null : Write(request.AcceptedBy),
        ["AcceptedAt"] = request.AcceptedAt,
        ["ClosedAt"] = request.ClosedAt,
        ["FollowUpNeeded"] = request.FollowUpNeeded,
    };

    public static SparringRequest FromEntity(TableEntity row, PrivateText note) => new(
        row.GetString("Id"),
        Read<Person>(row.GetString("Counsellor")),
        SparringUrgencies.Of(row.GetString("Urgency")) ?? throw Broken(row),
        // A note that cannot be read (its key lost or revoked, the row altered) is no note: the request goes on without it.
        row.GetString("Note") is { } stored ? note.Unprotect(stored) : null,
        row.GetDateTimeOffset("CreatedAt") ?? throw Broken(row),
        ReadOptional<Person>(row.GetString("OnCallPrimary")),
        ReadOptional<Person>(row.GetString("OnCallBackup")),
        Enum.TryParse<SparringRequestState>(row.GetString("State"), out var state) ? state : throw Broken(row),
        Read<List<EscalationStep>>(row.GetString("Steps")),
        Read<List<Decline>>(row.GetString("Declines")),
        ReadOptional<Person>(row.GetString("AcceptedBy")),
        row.GetDateTimeOffset("AcceptedAt"),
        row.GetDateTimeOffset("ClosedAt"),
        row.GetBoolean("FollowUpNeeded") ?? false);

    private static string Write(Person person) => JsonSerializer.Serialize(person, Json);

    private static T Read<T>(string? json) =>
        (json is null ? default : JsonSerializer.Deserialize<T>(json, Json)) ?? throw new InvalidDataException("A sparring request row lacks a value this code writes.");

    private static T? ReadOptional<T>(string? json)
        where T : class =>
        json is null ? null : JsonSerializer.Deserialize<T>(json, Json);

    private static InvalidDataException Broken(TableEntity row) =>
        new($"Sparring request row {row.PartitionKey} holds a value this code does not write.");
}
