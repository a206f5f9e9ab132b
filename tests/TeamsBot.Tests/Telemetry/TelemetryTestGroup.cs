namespace TeamsBot.Tests.Telemetry;

/// <summary>
/// The instruments are process-wide (a static ActivitySource and Meters), so every host in the test process feeds every
/// listener. Tests that read telemetry run alone, after the parallel ones, so what they read is their own host's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "Telemetry";
}
