using Bot.Protocol.Activities;
using Bot.Protocol.Invoke;

namespace Bot.Protocol.Hosting;

/// <summary>
/// Action.Submit has no synchronous answer, so what an Action.Execute handler would return is
/// delivered by the connector instead: a new card replaces the card's message, text is replied.
/// </summary>
internal static class SubmitFallback
{
    public static async Task ApplyAsync(TurnContext turn, AdaptiveCardAction action, InvokeResponse answer, CancellationToken cancellationToken)
    {
        if (answer.Body is not AdaptiveCardInvokeResponse body)
        {
            return;
        }

        if (body.Type == "application/vnd.microsoft.card.adaptive" && body.Value is not null && action.CardActivityId is not null)
        {
            await turn.UpdateAsync(action.CardActivityId, Activity.CardMessage(body.Value), cancellationToken);
        }
        else if (body.Value is string text)
        {
            await turn.ReplyAsync(Activity.TextMessage(text), cancellationToken);
        }
        else if (body.Value is InvokeError error)
        {
            await turn.ReplyAsync(Activity.TextMessage(error.Message), cancellationToken);
        }
    }
}
