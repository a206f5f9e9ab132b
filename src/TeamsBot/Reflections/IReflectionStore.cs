namespace TeamsBot.Reflections;

/// <summary>What a submit came to.</summary>
public enum SubmitOutcome
{
    /// <summary>This call saved the answers.</summary>
    Submitted,

    /// <summary>The form had been submitted already (a double press); the stored answers stand.</summary>
    AlreadySubmitted,

    /// <summary>The reflection was deleted; nothing was stored.</summary>
    Deleted,

    /// <summary>No such form for this counsellor (someone else's, or never issued); nothing was stored.</summary>
    NotFound,
}

/// <summary>The outcome of a submit, with the reflection as stored afterwards (null when not found).</summary>
public sealed record SubmitResult(SubmitOutcome Outcome, Reflection? Reflection)
{
    /// <summary>Already submitted, by the very press asked about (a redelivery): answer it as that press was answered.</summary>
    public bool SamePress { get; init; }
}

/// <summary>
/// Reflection forms, by counsellor. Every change is conditional (an insert or an ETag-guarded replace), so two presses
/// of one form store one set of answers. Reflections returned never carry the private text in plain words: see
/// <see cref="PrivateTextProtection"/>.
/// </summary>
public interface IReflectionStore
{
    /// <summary>Stores a newly issued form (<see cref="Reflection.Issue"/>).</summary>
    Task<Reflection> IssueAsync(Reflection issued, CancellationToken cancellationToken);

    /// <summary>The counsellor's form, or null when they have none with that id.</summary>
    Task<Reflection?> GetAsync(string counsellorId, string formId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the answers of an issued form, exactly once: the private text is encrypted before it is written. A form
    /// already submitted or deleted, or not the counsellor's, is left as it is. <paramref name="pressId"/> (the press's
    /// activity id) is kept, so a redelivered press is told apart from a second one (<see cref="SubmitResult.SamePress"/>).
    /// </summary>
    Task<SubmitResult> SubmitAsync(string counsellorId, string formId, ReflectionAnswers answers, DateTimeOffset at, string? pressId, CancellationToken cancellationToken);

    /// <summary>Records that the reminder for an unsubmitted form was sent; true only for the one call that recorded it.</summary>
    Task<bool> MarkRemindedAsync(string counsellorId, string formId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes one reflection, leaving a tombstone (state Deleted, no answers, no private text) so its form cannot be
    /// submitted again. Returns the tombstone, or null when there is no such form.
    /// </summary>
    Task<Reflection?> DeleteAsync(string counsellorId, string formId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Deletes every saved reflection of the counsellor as <see cref="DeleteAsync"/> does (unfinished forms stay); returns how many were deleted now.</summary>
    Task<int> DeleteAllAsync(string counsellorId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The counsellor's forms issued at or after <paramref name="since"/>, in every state, newest first.</summary>
    Task<IReadOnlyList<Reflection>> ListSinceAsync(string counsellorId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Everyone's forms issued in [<paramref name="start"/>, <paramref name="until"/>), in every state: the coordinator's overview.</summary>
    Task<IReadOnlyList<Reflection>> ListIssuedBetweenAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The counsellor's forms of one shift that are still unsubmitted, oldest first.</summary>
    Task<IReadOnlyList<Reflection>> ListUnsubmittedOfShiftAsync(string counsellorId, ShiftLink shift, CancellationToken cancellationToken);

    /// <summary>Reflections in any partition that still hold a private text and were submitted before <paramref name="cutoff"/>.</summary>
    Task<IReadOnlyList<Reflection>> ListPrivateTextSubmittedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Removes a reflection's private text (retention), keeping the rest; true when there was one to remove.</summary>
    Task<bool> RemovePrivateTextAsync(string counsellorId, string formId, CancellationToken cancellationToken);

    /// <summary>Forms in any partition and state issued before <paramref name="cutoff"/>.</summary>
    Task<IReadOnlyList<Reflection>> ListIssuedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Removes a form's row entirely (retention of the anonymous registration); nothing is kept.</summary>
    Task PurgeAsync(string counsellorId, string formId, CancellationToken cancellationToken);
}
