using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using Microsoft.AspNetCore.Mvc;
using TeamsBot.Localization;
using TeamsBot.Storage;

namespace TeamsBot.Hosting;

/// <summary>
/// When storage is down, the counsellor is told plainly that nothing was saved and to try again, and the channel
/// gets 503. The turn's claim is already released, so a redelivery or a new try runs in full.
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
            // A card button: the text goes in the invoke answer, which is all the presser's client shows.
            return new InvokeResponse(StatusCodes.Status503ServiceUnavailable,
                new AdaptiveCardInvokeResponse(StatusCodes.Status503ServiceUnavailable, "application/vnd.microsoft.error", new InvokeError("StorageUnavailable", message)));
        }

        try
        {
            await turn.ReplyAsync(Activity.TextMessage(message), cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            Log.StorageUnavailableReplyFailed(log, e, turn.Activity.Id);
        }

        return new InvokeResponse(StatusCodes.Status503ServiceUnavailable, new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Storage is unavailable",
            Detail = "Nothing was saved. The user was asked to try again.",
        });
    }
}
