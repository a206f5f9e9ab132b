using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Reflections;

/// <summary>Where a reflection form is in its life.</summary>
public enum ReflectionState
{
    /// <summary>Sent to the counsellor, not yet filled in.</summary>
    Issued,

    /// <summary>Filled in and saved; it cannot be submitted again.</summary>
    Submitted,

    /// <summary>Deleted by the counsellor: a tombstone with no answers, so the form cannot be submitted again either.</summary>
    Deleted,
}

/// <summary>
/// The shift a form belongs to: its channel and check-in instant (UTC ticks), as <c>Shifts.ShiftRef</c> names a shift.
/// Null on a form sent while the counsellor had no open shift.
/// </summary>
public sealed record ShiftLink(string ChannelId, long CheckedInTicks);

/// <summary>
/// One reflection form of one counsellor: issued after a call, then submitted (or deleted). The answers never hold
/// the private text: it is kept only as <see cref="ProtectedPrivateText"/> (encrypted by the application; see
/// <see cref="PrivateTextProtection"/>), and is null when none was written or it has been removed.
/// <see cref="SubmittedByPress"/> is the activity id of the press that saved it, so a redelivery of that press is
/// answered as the press itself was, not as a second press.
/// </summary>
public sealed record Reflection(
    string FormId,
    Person Counsellor,
    ShiftLink? Shift,
    DateTimeOffset IssuedAt,
    ReflectionState State = ReflectionState.Issued,
    DateTimeOffset? SubmittedAt = null,
    ReflectionAnswers? Answers = null,
    string? ProtectedPrivateText = null,
    DateTimeOffset? ReminderSentAt = null,
    DateTimeOffset? DeletedAt = null,
    string? SubmittedByPress = null)
{
    public bool HasPrivateText => ProtectedPrivateText is not null;

    /// <summary>A new form for <paramref name="counsellor"/>, with a fresh id that cannot be guessed.</summary>
    public static Reflection Issue(Person counsellor, ShiftLink? shift, DateTimeOffset at) =>
        new(RandomId.New(), counsellor, shift, at);
}
