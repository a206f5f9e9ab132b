using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsBot.Hosting;

/// <summary>Storage is ready when its table service answers a one-row listing of tables.</summary>
internal sealed class StorageReadinessCheck(TableServiceClient tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy($"The table service at {tables.Uri.GetLeftPart(UriPartial.Authority)} answers.");
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(
                $"The table service at {tables.Uri.GetLeftPart(UriPartial.Authority)} cannot be reached ({e.GetType().Name}). " +
                "Check Storage:ConnectionString, and that the storage account (or Azurite) is running and allows this host.");
        }
    }
}

/// <summary>The outbound identity is ready when a token for the connector can be had.</summary>
internal sealed class OutboundIdentityReadinessCheck(OutboundIdentityProbe probe, IHostEnvironment environment) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!probe.IsConfigured)
        {
            // Validation lets no app id through only in Development (the Agents Playground sends and wants no tokens).
            return environment.IsDevelopment()
                ? HealthCheckResult.Healthy("Not configured (Development): no Bot:MicrosoftAppId, so no token is needed.")
                : HealthCheckResult.Unhealthy("Not configured: set Bot:MicrosoftAppId.");
        }

        var outcome = await probe.CurrentAsync(cancellationToken);
        return outcome.Succeeded
            ? HealthCheckResult.Healthy($"A {probe.AppType} token for the Bot Framework connector was acquired.")
            : HealthCheckResult.Unhealthy($"No {probe.AppType} token for the Bot Framework connector ({outcome.Failure}). Check {probe.KeysToCheck}.");
    }
}
