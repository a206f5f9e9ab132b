using OpenTelemetry.Exporter;

namespace TeamsBot.Telemetry;

/// <summary>
/// <see cref="TelemetryServiceCollectionExtensions.OtlpEndpointKey"/> read as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is. The SDK
/// adds <c>v1/traces</c> and <c>v1/metrics</c> to the variable's base URL for http/protobuf, but takes an endpoint set in
/// code as the signal's full URL, so without this both signals would go to the bare base and the collector refuse them.
/// </summary>
internal static class OtlpEndpoint
{
    public const string TracesPath = "v1/traces";
    public const string MetricsPath = "v1/metrics";

    /// <summary>
    /// Sets the exporter's endpoint to the configured base, with the signal's path under http/protobuf. With no base
    /// configured it leaves the options alone: assigning the endpoint, even to itself, would stop the SDK adding the signal
    /// path to the standard variable's base.
    /// </summary>
    public static void Apply(Uri? configuredBase, OtlpExporterOptions options, string signalPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (configuredBase is null)
        {
            return;
        }

        // The options come with the protocol already read from OTEL_EXPORTER_OTLP_PROTOCOL (default gRPC).
        var absolute = configuredBase.AbsoluteUri;
        options.Endpoint = options.Protocol != OtlpExportProtocol.HttpProtobuf || absolute.EndsWith("/" + signalPath, StringComparison.OrdinalIgnoreCase)
            ? configuredBase
            : new Uri(absolute.TrimEnd('/') + "/" + signalPath);
    }
}
