using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Bot.Protocol.Connector;

/// <summary>Registers the connector client with its token source and retry pipeline.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>The name of the connector's HttpClient, for tests that swap its handler.</summary>
    public const string HttpClientName = "Bot.Protocol.Connector";

    // Teams documents 429 (throttled), 412 and 502/503/504 as worth retrying.
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    // A 502 or 504 to a POST may come from a gateway after the service took the message: sending it again could post
    // it twice (PROTOCOL.md §2.4). 429, 412 and 503 mean it was not taken.
    private static readonly HashSet<HttpStatusCode> TransientForPost =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.ServiceUnavailable,
    ];

    /// <summary>Adds <see cref="IConnectorClient"/>, bound to the given configuration section.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<ConnectorOptions>().Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => o.AttemptTimeout <= o.TotalTimeout, "Bot:AttemptTimeout cannot be longer than Bot:TotalTimeout.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>();

        // Entra (or the managed identity endpoint) answers within seconds or not at all: a turn cannot wait 100 s.
        services.AddHttpClient(OutboundIdentity.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(OutboundIdentity.CreateTokenProvider);

        services.AddSingleton<ServiceHosts>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(HttpClientName)
            .AddResilienceHandler("connector", static (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                // Back-off waits on the remote service, in real time, whatever clock the app's domain runs on.
                builder.TimeProvider = TimeProvider.System;
                // Outermost: the whole call, retries and waits included, has one budget.
                builder.AddTimeout(options.TotalTimeout);
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    // Retry-After in seconds or as an HTTP date; capped by the total timeout above.
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context)),
                });
                builder.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Exception: HttpRequestException failure } => IsIdempotent(context) || WasNeverSent(failure),
        { Exception: TimeoutRejectedException } => IsIdempotent(context),
        { Result: { } response } => (IsIdempotent(context) ? Transient : TransientForPost).Contains(response.StatusCode),
        _ => false,
    };

    /// <summary>
    /// The request never reached the service: its name did not resolve or no connection was made. A connection that
    /// broke after the body went out (a reset, an answer cut short) may have delivered a POST, so that is not repeated.
    /// </summary>
    private static bool WasNeverSent(HttpRequestException failure) =>
        failure.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError;

    /// <summary>
    /// A POST that timed out may have been accepted (PROTOCOL.md §2.4): sending it again could post a second board
    /// or ritual. Updates (PUT) and reads (GET) are safe to repeat.
    /// </summary>
    private static bool IsIdempotent(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && (request.Method == HttpMethod.Put || request.Method == HttpMethod.Get);
}
