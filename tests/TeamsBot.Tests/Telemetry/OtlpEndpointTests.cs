using System.Diagnostics;
using Bot.Protocol.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsBot.Telemetry;

namespace TeamsBot.Tests.Telemetry;

/// <summary>
/// <c>Telemetry:OtlpEndpoint</c> behaves like <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and that variable keeps working): with
/// http/protobuf each signal goes to its own path under it (<c>v1/traces</c>, <c>v1/metrics</c>), checked against a real local HTTP collector.
/// </summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class OtlpEndpointTests
{
    [Theory]
    [InlineData(TelemetryServiceCollectionExtensions.OtlpEndpointKey, "", "/v1/traces", "/v1/metrics")]
    [InlineData(TelemetryServiceCollectionExtensions.OtlpEndpointKey, "/", "/v1/traces", "/v1/metrics")]
    [InlineData(TelemetryServiceCollectionExtensions.OtlpEndpointKey, "/collector", "/collector/v1/traces", "/collector/v1/metrics")]
    [InlineData(TelemetryServiceCollectionExtensions.OtlpEndpointKey, "/collector/", "/collector/v1/traces", "/collector/v1/metrics")]
    [InlineData(TelemetryServiceCollectionExtensions.StandardOtlpEndpointKey, "/collector", "/collector/v1/traces", "/collector/v1/metrics")]
    public async Task AddBotTelemetry_EndpointWithHttpProtobuf_ExportsEachSignalToItsOwnPath(string key, string basePath, string traces, string metrics)
    {
        await using var collector = await Collector.StartAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [key] = collector.BaseUrl + basePath,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        builder.Services.AddBotTelemetry(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();

        using (var source = new ActivitySource(BotTelemetry.Name))
        using (source.StartActivity("otlp-probe"))
        {
            BotMetrics.ConnectorCalls.Add(1, BotMetrics.HttpTags("GET", 200, null));
        }

        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        await host.StopAsync();

        Assert.Contains(traces, collector.Paths);
        Assert.Contains(metrics, collector.Paths);
        Assert.All(collector.Paths, p => Assert.True(p == traces || p == metrics, $"An export went to {p}."));
    }

    /// <summary>An OTLP/HTTP collector on Kestrel (127.0.0.1, a free port) that keeps the path of every POST.</summary>
    private sealed class Collector : IAsyncDisposable
    {
        private readonly WebApplication _server;
        private readonly List<string> _paths = [];

        private Collector(WebApplication server) => _server = server;

        public string BaseUrl { get; private set; } = "";

        public IReadOnlyList<string> Paths
        {
            get
            {
                lock (_paths)
                {
                    return [.. _paths];
                }
            }
        }

        public static async Task<Collector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var collector = new Collector(builder.Build());
            collector._server.MapPost("/{**path}", (HttpContext context) =>
            {
                lock (collector._paths)
                {
                    collector._paths.Add(context.Request.Path.Value ?? "");
                }

                return Results.Ok();
            });
            await collector._server.StartAsync();
            var address = collector._server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            collector.BaseUrl = address.TrimEnd('/');
            return collector;
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
