using System.Globalization;
using Bot.Protocol.Activities;
using Bot.Protocol.Invoke;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Hosting;

/// <summary>Runs a routed turn exactly once: claim, before-turn hooks, handler, remember the answer.</summary>
internal sealed class TurnDispatcher(ActivityRouter router, IProcessedActivityStore? processed, ILogger log)
{
    public async Task<InvokeResponse?> DispatchAsync(TurnContext turn, Route route, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var claim = await ClaimAsync(activity, cancellationToken);
        if (claim is { IsDuplicate: true })
        {
            Log.Duplicate(log, activity.Type, activity.Id);
            return claim.PreviousResponse ?? (route.Kind is RouteKind.Invoke or RouteKind.CardAction && route.Action?.IsInvoke != false
                ? new InvokeResponse(StatusCodes.Status200OK, null)
                : null);
        }

        var culture = router.CultureResolver(activity);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            foreach (var before in router.BeforeTurnHandlers)
            {
                await before(turn, cancellationToken);
            }

            var response = await RunAsync(turn, route, cancellationToken);
            if (claim is not null)
            {
                await processed!.CompleteAsync(claim, response, cancellationToken);
            }

            return response;
        }
#pragma warning disable CA1031 // Any failure must release the claim so a redelivery can succeed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.TurnFailed(log, e, activity.Type, activity.Id);
            if (claim is not null)
            {
                await processed!.ReleaseAsync(claim, CancellationToken.None);
            }

            return new InvokeResponse(StatusCodes.Status500InternalServerError, new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The activity could not be handled",
                Detail = "Nothing was changed; the channel may redeliver it.",
            });
        }
    }

    private async Task<ProcessingClaim?> ClaimAsync(Activity activity, CancellationToken cancellationToken) =>
        processed is null || string.IsNullOrEmpty(activity.Id)
            ? null
            : await processed.TryClaimAsync(new ActivityKey(activity.ChannelId ?? string.Empty, activity.Conversation!.Id!, activity.Id), cancellationToken);

    private static async Task<InvokeResponse?> RunAsync(TurnContext turn, Route route, CancellationToken cancellationToken)
    {
        switch (route.Kind)
        {
            case RouteKind.Turn:
                await route.Turn!(turn, cancellationToken);
                return null;
            case RouteKind.Invoke:
                return await route.Invoke!(turn, cancellationToken);
            case RouteKind.CardAction:
                var answer = await route.CardAction!(turn, route.Action!, cancellationToken);
                if (route.Action!.IsInvoke)
                {
                    return answer;
                }

                await SubmitFallback.ApplyAsync(turn, route.Action, answer, cancellationToken);
                return null;
            default:
                throw new InvalidOperationException($"Route {route.Kind} is not dispatchable.");
        }
    }
}
