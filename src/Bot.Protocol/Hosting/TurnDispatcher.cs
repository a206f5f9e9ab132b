using System.Globalization;
using Bot.Protocol.Activities;
using Bot.Protocol.Invoke;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Hosting;

/// <summary>Runs a routed turn exactly once: claim (with the before-turn hooks alongside), handler, remember the answer.</summary>
internal sealed class TurnDispatcher(ActivityRouter router, IProcessedActivityStore? processed, ILogger log)
{
    /// <summary>Releasing a claim must not hold up the answer for long: if the store is what failed, it expires anyway.</summary>
    private static readonly TimeSpan ReleaseBudget = TimeSpan.FromSeconds(2);

    public async Task<InvokeResponse?> DispatchAsync(TurnContext turn, Route route, CancellationToken cancellationToken)
    {
        using var telemetry = BotTelemetry.Start(route);
        var (response, outcome) = await DispatchMeasuredAsync(turn, route, cancellationToken);
        telemetry.Complete(outcome, response?.Status);
        return response;
    }

#pragma warning disable CA1031 // Any failure must release the claim and still give the channel an answer.
    private async Task<(InvokeResponse? Response, string Outcome)> DispatchMeasuredAsync(TurnContext turn, Route route, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var culture = router.CultureResolver(activity);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        if (route.ReadOnly && !string.IsNullOrEmpty(activity.Id))
        {
            return await DispatchReadOnlyAsync(turn, route, KeyOf(activity), cancellationToken);
        }

        Task<ProcessingClaim?>? claiming = null;
        try
        {
            // The hooks are idempotent, so they need not wait for the claim: one round trip less before the handler.
            claiming = ClaimAsync(activity, route, cancellationToken);
            try
            {
                await Task.WhenAll(claiming, RunBeforeTurnAsync(turn, cancellationToken));
            }
            catch (Exception) when (claiming is { IsCompletedSuccessfully: true, Result.IsDuplicate: true })
            {
                // A redelivery: the first delivery did (or is doing) the work, so a failed refresh changes nothing.
            }

            var claim = await claiming;
            if (claim is { IsDuplicate: true })
            {
                Log.Duplicate(log, activity.Type, activity.Id);
                return (claim.PreviousResponse ?? DuplicateAnswer(route), TurnOutcomes.Duplicate);
            }

            var response = await RunAsync(turn, route, cancellationToken);
            await TryCompleteAsync(claim, response, activity);
            return (response, TurnOutcomes.Handled);
        }
        catch (Exception e)
        {
            Log.TurnFailed(log, e, activity.Type, activity.Id);
            if (claiming is { IsCompletedSuccessfully: true, Result: { IsDuplicate: false } claim })
            {
                await TryReleaseAsync(claim, activity);
            }

            return (await ErrorResponseAsync(turn, e, cancellationToken), TurnOutcomes.Failed);
        }
    }

    /// <summary>
    /// A read-only turn changes nothing, so its claim is kept in this instance's memory only: no claim and completion in
    /// storage, which were most of such a turn's cost. A redelivery this instance no longer remembers (or that reaches
    /// another instance) is answered again, which is harmless for a turn that only reads and answers.
    /// </summary>
    private async Task<(InvokeResponse? Response, string Outcome)> DispatchReadOnlyAsync(TurnContext turn, Route route, ActivityKey key,
        CancellationToken cancellationToken)
    {
        var recent = router.ReadOnlyTurns;
        if (!recent.TryClaim(key, out var firstAnswer))
        {
            Log.Duplicate(log, turn.Activity.Type, turn.Activity.Id);
            return (firstAnswer ?? DuplicateAnswer(route), TurnOutcomes.Duplicate);
        }

        try
        {
            await RunBeforeTurnAsync(turn, cancellationToken);
            var response = await RunAsync(turn, route, cancellationToken);
            recent.Complete(key, response);
            return (response, TurnOutcomes.Handled);
        }
        catch (Exception e)
        {
            Log.TurnFailed(log, e, turn.Activity.Type, turn.Activity.Id);
            recent.Release(key);
            return (await ErrorResponseAsync(turn, e, cancellationToken), TurnOutcomes.Failed);
        }
    }

    /// <summary>What a redelivery gets while the first delivery has no answer kept: an invoke must still be answered.</summary>
    private static InvokeResponse? DuplicateAnswer(Route route) =>
        route.Kind is RouteKind.Invoke or RouteKind.CardAction && route.Action?.IsInvoke != false
            ? new InvokeResponse(StatusCodes.Status200OK, null)
            : null;

    private static ActivityKey KeyOf(Activity activity) => new(activity.ChannelId ?? string.Empty, activity.Conversation!.Id!, activity.Id!);

    private async Task<ProcessingClaim?> ClaimAsync(Activity activity, Route route, CancellationToken cancellationToken) =>
        processed is null || string.IsNullOrEmpty(activity.Id) || route.HandlesRedelivery
            ? null
            : await processed.TryClaimAsync(KeyOf(activity), cancellationToken);

    private async Task RunBeforeTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var before in router.BeforeTurnHandlers)
        {
            await before(turn, cancellationToken);
        }
    }

    /// <summary>The work is done and answered; failing to record that must not turn the answer into an error.</summary>
    private async Task TryCompleteAsync(ProcessingClaim? claim, InvokeResponse? response, Activity activity)
    {
        if (claim is null)
        {
            return;
        }

        try
        {
            await processed!.CompleteAsync(claim, response, CancellationToken.None);
        }
        catch (Exception e)
        {
            Log.CompleteFailed(log, e, activity.Type, activity.Id);
        }
    }

    /// <summary>Lets a redelivery run the turn again. When the store is what failed this may fail too; the claim then expires.</summary>
    private async Task TryReleaseAsync(ProcessingClaim claim, Activity activity)
    {
        try
        {
            using var budget = new CancellationTokenSource(ReleaseBudget);
            await processed!.ReleaseAsync(claim, budget.Token);
        }
        catch (Exception e)
        {
            Log.ReleaseFailed(log, e, activity.Type, activity.Id);
        }
    }

    private async Task<InvokeResponse> ErrorResponseAsync(TurnContext turn, Exception error, CancellationToken cancellationToken)
    {
        if (router.TurnErrorHandler is { } handler)
        {
            try
            {
                if (await handler(turn, error, cancellationToken) is { } answer)
                {
                    return answer;
                }
            }
            catch (Exception e)
            {
                Log.ErrorHandlerFailed(log, e, turn.Activity.Type, turn.Activity.Id);
            }
        }

        return new InvokeResponse(StatusCodes.Status500InternalServerError, new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "The activity could not be handled",
            Detail = "Nothing was changed; the channel may redeliver it.",
        });
    }
#pragma warning restore CA1031

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
