using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Reflections;

/// <summary>
/// <c>/samtale</c> (<c>/call</c>) and the "Samtale slut" button, anywhere: a new form goes to the counsellor's 1:1
/// chat, never to a channel or group chat, where the answer only says where the form is (a press leaves its card,
/// such as the board, as it is).
/// </summary>
public sealed class CallEndedHandler(ReflectionForms forms, PersonalChat personalChat, Texts<Strings> texts, ILogger<CallEndedHandler> log)
{
    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // In the 1:1 chat the form itself is the answer; elsewhere, a line saying where it went (or why it could not).
        if (await SendFormAsync(turn, cancellationToken) is { } answer)
        {
            await turn.ReplyAsync(Activity.TextMessage(answer), cancellationToken);
        }
    }

    public async Task<InvokeResponse> OnPressAsync(TurnContext turn, CallEndedPress press, CancellationToken cancellationToken)
    {
        if (turn.ActsForSomeoneElse(press.CounsellorId))
        {
            return AdaptiveCardInvokeResponse.Message(texts["Call.OnlySelf"]);
        }

        var answer = await SendFormAsync(turn, cancellationToken);
        return AdaptiveCardInvokeResponse.Message(answer ?? texts["Call.InThisChat"]);
    }

    /// <summary>A "Samtale slut" button whose data cannot be read still means "give me a form".</summary>
    public async Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponse.Message(await SendFormAsync(turn, cancellationToken) ?? texts["Call.InThisChat"]);

    /// <summary>Issues a form and sends it to the 1:1 chat; returns what to tell the counsellor where they asked, or null when that is the 1:1 chat.</summary>
    private async Task<string?> SendFormAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var form = await forms.IssueAsync(turn.Actor(), cancellationToken);
        var message = Activity.CardMessage(ReflectionFormCard.Build(new ReflectionFormView(form.FormId), forms.Options, texts));
        var personal = turn.Activity.IsPersonal();
        var outcome = personal ? await SendHereAsync(turn, message, cancellationToken) : (await personalChat.SendAsync(PersonAddress.Of(turn.Actor()), message, cancellationToken)).Outcome;
        if (outcome is ReachOutcome.NotInstalled or ReachOutcome.NoConversation)
        {
            // Certainly not delivered: no form is kept, so none is counted as unfinished or reminded of.
            Log.FormNotDelivered(log, form.FormId, outcome);
            await TryWithdrawAsync(form, cancellationToken);
            return texts["Call.CannotReach"];
        }

        if (outcome != ReachOutcome.Sent)
        {
            // A failed send may still have arrived (an answer lost after delivery): the form is kept, so a form on
            // screen can be saved, and its reminder offers it again if it never came.
            Log.FormNotDelivered(log, form.FormId, outcome);
        }
        else
        {
            Log.FormIssued(log, form.FormId);
        }

        await forms.NotifyIssuedAsync(form, cancellationToken);
        return outcome != ReachOutcome.Sent ? texts["Call.Failed"] : personal ? null : texts["Call.InYourChat"];
    }

    private static async Task<ReachOutcome> SendHereAsync(TurnContext turn, Activity message, CancellationToken cancellationToken)
    {
        try
        {
            await turn.SendAsync(message, cancellationToken);
            return ReachOutcome.Sent;
        }
        catch (ConnectorException)
        {
            return ReachOutcome.Failed;
        }
    }

    private async Task TryWithdrawAsync(Reflection form, CancellationToken cancellationToken)
    {
        try
        {
            await forms.WithdrawAsync(form, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.IsUnavailable(e))
        {
            // An unsent form left behind only counts as unfinished until retention removes it; the counsellor's answer matters more.
        }
    }
}
