using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Sparring.WaysIn;
using TeamsBot.Storage;

namespace TeamsBot.Reflections;

/// <summary>
/// The form's buttons: save it (the summary replaces it, or it comes back with the problems and what was typed),
/// open it again, and "Talk to someone now". A form is looked up under the presser's own id, so someone else's
/// form id, or one never issued, is simply not found. A sparring need on the form, and "Talk to someone now", ask for
/// sparring (<see cref="ReflectionSparring"/>), and the summary says what came of it.
/// </summary>
public sealed class SubmitReflectionHandler(ReflectionForms forms, SparringContacts sparring, ReflectionSparring asked, OrganisationClock clock, Texts<Strings> texts,
    ILogger<SubmitReflectionHandler> log)
{
    public async Task<InvokeResponse> OnSubmitAsync(TurnContext turn, SubmitReflectionPress press, CancellationToken cancellationToken)
    {
        var values = press.ToValues();
        SubmitAttempt attempt;
        try
        {
            attempt = await forms.SubmitAsync(turn.Activity.From!.Id!, press.FormId, values, turn.Activity.Id, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.IsUnavailable(e))
        {
            Log.FormStorageUnavailable(log, e, press.FormId);
            // Checked again so that what comes back masks a caller identifier and shows any other problem too.
            var validation = ReflectionValidation.Validate(values, forms.Options.EffectiveTopics, forms.Options.EffectiveReferrals);
            return Form(new ReflectionFormView(press.FormId, values, validation.IsValid ? null : validation, texts["Form.NotSaved"]));
        }

        switch (attempt.Outcome)
        {
            case SubmitAttemptOutcome.Saved:
                await forms.NotifySubmittedAsync(attempt.Reflection!, cancellationToken);
                return Summary(attempt.Reflection!);
            case SubmitAttemptOutcome.SavedBefore:
                // The same press delivered again (its answer was lost): the same answer, and no second notice.
                return Summary(attempt.Reflection!);
            case SubmitAttemptOutcome.AlreadySaved:
                return Summary(attempt.Reflection!, alreadySaved: true);
            case SubmitAttemptOutcome.Invalid:
                return Form(new ReflectionFormView(press.FormId, values, attempt.Validation));
            default:
                return AdaptiveCardInvokeResponse.Message(NotOpenText(attempt.Reflection));
        }
    }

    /// <summary>The form as it stands: to fill in when unfinished, its summary once saved.</summary>
    public async Task<InvokeResponse> OnOpenAsync(TurnContext turn, OpenFormPress press, CancellationToken cancellationToken) =>
        await ShowAsync(turn, press.FormId, showingSparring: false, cancellationToken);

    /// <summary>The form again, as a new message in the 1:1 chat; the card pressed on stays as it is.</summary>
    public async Task<InvokeResponse> OnResendAsync(TurnContext turn, ResendFormPress press, CancellationToken cancellationToken)
    {
        var form = await forms.FindAsync(turn.Activity.From!.Id!, press.FormId, cancellationToken);
        if (form?.State == ReflectionState.Issued && turn.Activity.IsPersonal())
        {
            await turn.ReplyAsync(Activity.CardMessage(ReflectionFormCard.Build(new ReflectionFormView(press.FormId), forms.Options, texts)), cancellationToken);
            return AdaptiveCardInvokeResponse.Message(texts["Form.SentBelow"]);
        }

        return AdaptiveCardInvokeResponse.Message(form?.State == ReflectionState.Submitted ? texts["Form.AlreadyFilledIn"] : NotOpenText(form));
    }

    /// <summary>"Talk to someone now" on a saved form's summary: a request for now, and the summary says it went out.</summary>
    public async Task<InvokeResponse> OnTalkNowAsync(TurnContext turn, TalkNowPress press, CancellationToken cancellationToken)
    {
        var form = await forms.FindAsync(turn.Activity.From!.Id!, press.FormId, cancellationToken);
        return form?.State == ReflectionState.Submitted
            ? Summary(form, showingSparring: true, notice: await asked.TalkNowAsync(turn.Actor(), form.FormId, cancellationToken))
            : await ShowAsync(turn, press.FormId, showingSparring: true, cancellationToken);
    }

    /// <summary>A form button whose data cannot be read (stale or forged): nothing is stored.</summary>
    public Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message(texts["Form.Unreadable"]));

    private async Task<InvokeResponse> ShowAsync(TurnContext turn, string formId, bool showingSparring, CancellationToken cancellationToken)
    {
        var form = await forms.FindAsync(turn.Activity.From!.Id!, formId, cancellationToken);
        return form?.State switch
        {
            ReflectionState.Issued => Form(new ReflectionFormView(formId)),
            ReflectionState.Submitted => Summary(form, showingSparring: showingSparring),
            _ => AdaptiveCardInvokeResponse.Message(NotOpenText(form)),
        };
    }

    /// <summary>Why a form cannot be shown or saved: deleted by its counsellor, or not the presser's (or never issued).</summary>
    private string NotOpenText(Reflection? form) => form?.State == ReflectionState.Deleted ? texts["Form.Deleted"] : texts["Form.NotYours"];

    private InvokeResponse Form(ReflectionFormView view) => AdaptiveCardInvokeResponse.Card(ReflectionFormCard.Build(view, forms.Options, texts));

    private InvokeResponse Summary(Reflection reflection, bool alreadySaved = false, bool showingSparring = false, SparringNotice? notice = null) =>
        AdaptiveCardInvokeResponse.Card(ReflectionSummaryCard.Build(reflection, reflection.SubmittedAt is { } at ? clock.Local(at) : null,
            forms.Options, sparring, texts, alreadySaved, showingSparring, notice ?? asked.NoticeFor(reflection.FormId)));
}
