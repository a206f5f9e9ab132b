using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.AspNetCore.Mvc;
using TeamsBot.Localization;
using TeamsBot.Storage;

namespace TeamsBot.Hosting;

/// <summary>
/// When storage is down, the counsellor is told plainly that nothing was saved and to try again. A typed command
/// gets a reply and the request answers 503. A card button gets the text as the invoke's error with statusCode 500
/// in the body (the invoke contract documents 200, 400, 401, 412 and 500; Teams does not promise to show a 503's
/// message): Teams shows an invoke's body only on HTTP 200, so that is the status there. The turn's claim is
/// already released, so a redelivery or a new try runs in full.
/// </summary>
public sealed class StorageUnavailableAnswer(Texts texts, ILogger<StorageUnavailableAnswer> log)
{
    public async Task<InvokeResponse?> OnTurnErrorAsync(TurnContext turn, Exception error, CancellationToken cancellationToken)
    {
        if (!StorageFailure.IsUnavailable(error))
        {
            return null;
        }

        var message = texts["Storage.Unavailable"];
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            return AdaptiveCardInvokeResponse.Error(StatusCodes.Status500InternalServerError, "StorageUnavailable", message);
        }

        // Only a person's message is answered in the conversation; an install or member update is not.
        if (turn.Activity.Type == ActivityTypes.Message)
        {
            try
            {
                await turn.ReplyAsync(Activity.TextMessage(message), cancellationToken);
            }
            catch (ConnectorException e)
            {
                Log.StorageUnavailableReplyFailed(log, e, turn.Activity.Id);
            }
        }

        return new InvokeResponse(StatusCodes.Status503ServiceUnavailable, new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Storage is unavailable",
            Detail = "Nothing was saved. The user was asked to try again.",
        });
    }
}
