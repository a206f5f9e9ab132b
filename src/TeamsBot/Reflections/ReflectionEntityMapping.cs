using Azure.Data.Tables;
using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Reflections;

/// <summary>
/// How reflections lie in the Reflections table. Partition: the counsellor's Teams id, so a counsellor's own list is
/// one partition query, and a form id pressed by anyone else is looked up in their own partition and simply not
/// found. Row: the form id. The private text is stored only as its ciphertext.
/// </summary>
internal static class ReflectionEntityMapping
{
    public static string PartitionKey(string counsellorId) => KeyEncoding.Encode(counsellorId);

    public static string RowKey(string formId) => KeyEncoding.Encode(formId);

    public static TableEntity ToEntity(Reflection reflection)
    {
        var answers = reflection.Answers;
        return new TableEntity(PartitionKey(reflection.Counsellor.TeamsId), RowKey(reflection.FormId))
        {
            ["FormId"] = reflection.FormId,
            ["CounsellorId"] = reflection.Counsellor.TeamsId,
            ["CounsellorName"] = reflection.Counsellor.Name,
            ["CounsellorEntraId"] = reflection.Counsellor.EntraId,
            ["Locale"] = reflection.Counsellor.Locale,
            ["ShiftChannelId"] = reflection.Shift?.ChannelId,
            ["ShiftCheckedInTicks"] = reflection.Shift?.CheckedInTicks,
            ["IssuedAt"] = reflection.IssuedAt,
            ["State"] = reflection.State.ToString(),
            ["SubmittedAt"] = reflection.SubmittedAt,
            ["DeletedAt"] = reflection.DeletedAt,
            ["ReminderSentAt"] = reflection.ReminderSentAt,
            ["SubmittedByPress"] = reflection.SubmittedByPress,
            ["ContactForm"] = answers is null ? null : ReflectionInputs.Value(answers.ContactForm),
            ["Minutes"] = answers?.Minutes,
            ["Topics"] = answers is null ? null : ReflectionInputs.Join(answers.Topics),
            ["Referrals"] = answers is null ? null : ReflectionInputs.Join(answers.Referrals),
            ["ChildConcern"] = answers?.ChildConcern,
            ["Feeling"] = answers?.Feeling,
            ["Sparring"] = answers is null ? null : ReflectionInputs.Value(answers.Sparring),
            ["Share"] = answers?.Share,
            ["PrivateText"] = reflection.ProtectedPrivateText,
            // A flag to query by: table queries cannot ask for "a column that is set".
            ["HasPrivateText"] = reflection.HasPrivateText,
        };
    }

    public static Reflection ToReflection(TableEntity entity) => new(
        entity.GetString("FormId") ?? KeyEncoding.Decode(entity.RowKey),
        new Person(entity.GetString("CounsellorId"), entity.GetString("CounsellorName") ?? string.Empty, entity.GetString("CounsellorEntraId"), entity.GetString("Locale")),
        entity.GetString("ShiftChannelId") is { } channel && entity.GetInt64("ShiftCheckedInTicks") is { } ticks ? new ShiftLink(channel, ticks) : null,
        entity.GetDateTimeOffset("IssuedAt") ?? throw new InvalidDataException($"Reflection row {entity.RowKey} has no IssuedAt."),
        Enum.TryParse<ReflectionState>(entity.GetString("State"), out var state) ? state : ReflectionState.Issued,
        entity.GetDateTimeOffset("SubmittedAt"),
        ReadAnswers(entity),
        entity.GetString("PrivateText"),
        entity.GetDateTimeOffset("ReminderSentAt"),
        entity.GetDateTimeOffset("DeletedAt"),
        entity.GetString("SubmittedByPress"));

    private static ReflectionAnswers? ReadAnswers(TableEntity entity) =>
        ReflectionInputs.ContactFormOf(entity.GetString("ContactForm")) is { } contactForm
            ? new ReflectionAnswers(
                contactForm,
                entity.GetInt32("Minutes") ?? 0,
                ReflectionInputs.Split(entity.GetString("Topics")),
                ReflectionInputs.Split(entity.GetString("Referrals")),
                entity.GetBoolean("ChildConcern") ?? false,
                entity.GetInt32("Feeling"),
                ReflectionInputs.SparringOf(entity.GetString("Sparring")) ?? SparringNeed.None,
                entity.GetBoolean("Share") ?? false)
            : null;
}
