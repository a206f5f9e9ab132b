using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TeamsBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Optional: an OTLP endpoint set in configuration, for hosts where setting the standard variable is awkward. It means
    /// what <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> means: the base, under which http/protobuf adds each signal's path.
    /// </summary>
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    /// <summary>The standard OpenTelemetry variable (as configuration sees environment variables).</summary>
    public const string StandardOtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry: a span per turn and the turn metrics (<see cref="BotTelemetry"/>), connector calls, storage latency
    /// and due-work lateness (<see cref="BotMetrics"/>). Exported over OTLP only when an endpoint is configured
    /// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or <see cref="OtlpEndpointKey"/>); otherwise nothing leaves the process. No
    /// HTTP instrumentation is added on purpose: the connector's and storage's URLs hold the ids of conversations and people.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[OtlpEndpointKey] is { Length: > 0 } configured ? new Uri(configured) : null;
        var export = endpoint is not null || !string.IsNullOrEmpty(configuration[StandardOtlpEndpointKey]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("TeamsBot"))
            .WithTracing(tracing =>
            {
                // ASP.NET Core's own request span (path /api/messages, method, status) is the turn's parent: without it
                // the default parent-based sampler would drop every turn, its parent being an unrecorded request.
                tracing.AddSource("Microsoft.AspNetCore", BotTelemetry.Name);
                if (export)
                {
                    tracing.AddOtlpExporter(o => OtlpEndpoint.Apply(endpoint, o, OtlpEndpoint.TracesPath));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.Name, BotMetrics.Name);
                if (export)
                {
                    metrics.AddOtlpExporter(o => OtlpEndpoint.Apply(endpoint, o, OtlpEndpoint.MetricsPath));
                }
            });
        services.AddTransient<ConnectorCallMeter>();
        services.AddHttpClient(ConnectorServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler<ConnectorCallMeter>();
        return services;
    }
}
