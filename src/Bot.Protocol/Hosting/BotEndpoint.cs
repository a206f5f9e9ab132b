using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Bot.Protocol.Activities;
using Bot.Protocol.Authentication;
using Bot.Protocol.Connector;
using Bot.Protocol.Invoke;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: read, parse, authenticate, de-duplicate, route, answer.
/// 200 for handled and ignored activities, the invoke answer for invokes, 400 for malformed input
/// (non-JSON included, and a serviceUrl that is not an allowed connector host), 401 for failed authentication, 413 for bodies over the limit, 501 for an
/// invoke nobody handles.
/// </summary>
public static class BotEndpoint
{
    /// <summary>The largest body accepted. Teams' own message limit is about 100 KB.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the messaging endpoint.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http, ActivityRouter router, IInboundAuthenticator authenticator,
        IConnectorClient connector, ILoggerFactory loggers, IServiceProvider services)
    {
        var log = loggers.CreateLogger(typeof(BotEndpoint).FullName!);
        var request = await InboundRequest.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (request.Problem is not null)
        {
            return request.Problem;
        }

        var activity = request.Activity!;
        var auth = await authenticator.AuthenticateAsync(
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity.ChannelId, activity.ServiceUrl, http.RequestAborted);
        if (!auth.Succeeded)
        {
            Log.Unauthorized(log, auth.FailureReason);
            return Problems.Unauthorized(auth.FailureReason ?? "The request could not be authenticated.");
        }

        // Refused before anything is stored: a reference to another host would later receive the bot's token.
        if (services.GetService<ServiceHosts>()?.Refusal(activity.ServiceUrl) is { } refusal)
        {
            ConnectorLog.InboundServiceUrlRefused(log, activity.ServiceUrl, refusal);
            return Problems.BadRequest($"The serviceUrl is not an allowed connector host: {refusal}.");
        }

        router.AdjustInbound(activity);
        var route = router.Resolve(activity);
        switch (route.Kind)
        {
            case RouteKind.Ignored:
                return Results.Ok();
            case RouteKind.UnhandledInvoke:
                return Problems.NotImplemented($"No handler for the invoke '{activity.Name}'.");
            case RouteKind.BadInvoke:
                return Results.Json(AdaptiveCardInvokeResponse.Error(400, "BadRequest", route.Problem!).Body,
                    ProtocolJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        var turn = new TurnContext(activity, connector, auth.Identity ?? new ClaimsIdentity());
        var dispatcher = new TurnDispatcher(router, services.GetService<IProcessedActivityStore>(), log);
        // Teams retries a slow request; the work must finish even if this HTTP request is abandoned.
        var response = await dispatcher.DispatchAsync(turn, route, CancellationToken.None);
        return response switch
        {
            null => Results.Ok(),
            { Body: ProblemDetails problem } => Results.Problem(problem),
            _ => Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status),
        };
    }
}
