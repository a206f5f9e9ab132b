using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Reflections;

/// <summary>How a submit ended, as the counsellor is told.</summary>
public enum SubmitAttemptOutcome
{
    Saved,

    /// <summary>Saved by this very press before: a redelivery, answered as the press was.</summary>
    SavedBefore,

    AlreadySaved,
    Invalid,
    Deleted,

    /// <summary>Someone else's form, or one never issued: refused, nothing stored.</summary>
    NotYours,
}

/// <summary>The outcome of a submit, with the reflection as stored, or the validation's problems.</summary>
public sealed record SubmitAttempt(SubmitAttemptOutcome Outcome, Reflection? Reflection = null, ReflectionValidationResult? Validation = null);

/// <summary>
/// The reflection form's rules: a form is issued for the counsellor (tied to their open shift, if any) and saved
/// once, by its owner, after validation. Plain C# over the stores and the clock.
/// </summary>
public sealed class ReflectionForms(
    IReflectionStore store,
    IShiftStore shifts,
    OrganisationClock clock,
    ReflectionReferrals referrals,
    IEnumerable<IReflectionFormObserver> observers,
    ILogger<ReflectionForms> log)
{
    /// <summary>The form's configuration, with the referral choices offered now (<see cref="ReflectionReferrals"/>).</summary>
    public ReflectionOptions Options => referrals.Options;

    /// <summary>
    /// Presses of "Samtale slut" this close together are one press (a double click, or a button and a typed
    /// <c>/samtale</c> for the same call): the form just sent is sent again, so no second call is counted.
    /// </summary>
    public static readonly TimeSpan DoubleClickWindow = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Stores a new form for <paramref name="counsellor"/>; checked in or not (a call can run past check-out). An
    /// unfinished form issued within <see cref="DoubleClickWindow"/> is returned instead of a new one.
    /// </summary>
    public async Task<Reflection> IssueAsync(Person counsellor, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var recent = store.ListSinceAsync(counsellor.TeamsId, now - DoubleClickWindow, cancellationToken);
        var open = await shifts.GetOpenAnywhereAsync(counsellor.TeamsId, cancellationToken);
        if ((await recent).FirstOrDefault(r => r.State == ReflectionState.Issued) is { } justIssued)
        {
            return justIssued;
        }

        var form = Reflection.Issue(counsellor, open is null ? null : new ShiftLink(open.ChannelId, open.CheckedInAt.UtcTicks), now);
        return await store.IssueAsync(form, cancellationToken);
    }

    /// <summary>A form that never reached its counsellor is taken back, so it is not counted as unfinished or reminded of.</summary>
    public Task WithdrawAsync(Reflection form, CancellationToken cancellationToken) =>
        store.PurgeAsync(form.Counsellor.TeamsId, form.FormId, cancellationToken);

    public Task<Reflection?> FindAsync(string counsellorId, string formId, CancellationToken cancellationToken) =>
        store.GetAsync(counsellorId, formId, cancellationToken);

    /// <summary>
    /// Saves the answers of the presser's own form. Valid answers go straight to the store, whose one conditional write
    /// also tells a form that is not theirs, or no longer open, apart (two round trips for the usual case). Answers with
    /// problems are sent back only for a form still open; otherwise the counsellor learns why it cannot be saved.
    /// </summary>
    public async Task<SubmitAttempt> SubmitAsync(string counsellorId, string formId, ReflectionFormValues values, string? pressId, CancellationToken cancellationToken)
    {
        var validation = ReflectionValidation.Validate(values, Options.EffectiveTopics, Options.EffectiveReferrals);
        if (validation.Answers is { } answers)
        {
            var stored = await store.SubmitAsync(counsellorId, formId, answers, clock.Now, pressId, cancellationToken);
            Log.FormSubmitted(log, formId, stored.Outcome);
            return stored.Outcome switch
            {
                SubmitOutcome.Submitted => new SubmitAttempt(SubmitAttemptOutcome.Saved, stored.Reflection),
                SubmitOutcome.AlreadySubmitted when stored.SamePress => new SubmitAttempt(SubmitAttemptOutcome.SavedBefore, stored.Reflection),
                SubmitOutcome.AlreadySubmitted => new SubmitAttempt(SubmitAttemptOutcome.AlreadySaved, stored.Reflection),
                SubmitOutcome.Deleted => new SubmitAttempt(SubmitAttemptOutcome.Deleted, stored.Reflection),
                _ => new SubmitAttempt(SubmitAttemptOutcome.NotYours),
            };
        }

        var form = await store.GetAsync(counsellorId, formId, cancellationToken);
        switch (form?.State)
        {
            case null:
                return new SubmitAttempt(SubmitAttemptOutcome.NotYours);
            case ReflectionState.Deleted:
                return new SubmitAttempt(SubmitAttemptOutcome.Deleted, form);
            case ReflectionState.Submitted:
                return new SubmitAttempt(SubmitAttemptOutcome.AlreadySaved, form);
            default:
                Log.FormRefused(log, formId, string.Join(",", validation.Problems.Keys));
                return new SubmitAttempt(SubmitAttemptOutcome.Invalid, form, validation);
        }
    }

    public Task NotifyIssuedAsync(Reflection form, CancellationToken cancellationToken) =>
        NotifyAsync(form, (o, f, ct) => o.OnIssuedAsync(f, ct), cancellationToken);

    public Task NotifySubmittedAsync(Reflection form, CancellationToken cancellationToken) =>
        NotifyAsync(form, (o, f, ct) => o.OnSubmittedAsync(f, ct), cancellationToken);

#pragma warning disable CA1031 // An observer's failure must not undo a stored change or the counsellor's answer.
    private async Task NotifyAsync(Reflection form, Func<IReflectionFormObserver, Reflection, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await call(observer, form, cancellationToken);
            }
            catch (Exception e)
            {
                Log.ObserverFailed(log, e, observer.GetType().Name, form.FormId);
            }
        }
    }
#pragma warning restore CA1031
}
