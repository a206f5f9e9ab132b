using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsBot.Hosting;

/// <summary>
/// Storage is ready when its table service answers a one-row listing of tables. <c>/readyz</c> is public, so the outcome
/// is kept for <see cref="OutcomeStands"/> (one query at a time): polling it cannot make the bot hit storage at will.
/// </summary>
internal sealed class StorageReadinessCheck(Azure.Data.Tables.TableServiceClient tables, TimeProvider time) : IHealthCheck, IDisposable
{
    /// <summary>How long an outcome answers for storage before the table service is asked again.</summary>
    public static readonly TimeSpan OutcomeStands = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _asking = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _asking.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited for the one asking gets its answer rather than asking again.
            if (Fresh() is { } answered)
            {
                return answered;
            }

            var result = await AskAsync(cancellationToken);
            _last = (result, time.GetUtcNow());
            return result;
        }
        finally
        {
            _asking.Release();
        }
    }

    public void Dispose() => _asking.Dispose();

    private HealthCheckResult? Fresh() =>
        _last is { } last && time.GetUtcNow() - last.At < OutcomeStands ? last.Result : null;

    private async Task<HealthCheckResult> AskAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("The table service answers.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return ReadinessDetail.Unhealthy(
                "Check Storage:ConnectionString.",
                $"The table service at {tables.Uri.GetLeftPart(UriPartial.Authority)} cannot be reached ({ReadinessDetail.Describe(e)}). "
                + "Check Storage:ConnectionString, and that the storage account (or Azurite) is running and allows this host.");
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
            ? HealthCheckResult.Healthy("A token for the Bot Framework connector was acquired.")
            : ReadinessDetail.Unhealthy(
                $"Check {probe.KeysToCheck}.",
                $"No {probe.AppType} token for the Bot Framework connector ({outcome.Failure}). Check {probe.KeysToCheck}.");
    }
}

/// <summary>
/// A check's two texts: the public one (<c>/readyz</c> answers anyone: only the keys to fix) and the detail for the log
/// (event 2012: hosts, exception types, Entra's AADSTS line), which must never reach the body.
/// </summary>
internal static class ReadinessDetail
{
    private const string Key = "detail";

    public static HealthCheckResult Unhealthy(string keysToFix, string detail) =>
        HealthCheckResult.Unhealthy(keysToFix, data: new Dictionary<string, object> { [Key] = detail });

    /// <summary>The detail to log: the check's own, else its description and any exception the health check service caught.</summary>
    public static string? Of(HealthReportEntry entry) =>
        entry.Data.TryGetValue(Key, out var detail) ? detail as string
        : entry.Exception is { } e ? $"{entry.Description} ({e.GetType().Name}: {e.Message})"
        : entry.Description;

    /// <summary>
    /// An exception in one line for the log: its type and the first line of its message (Entra's first line says what is
    /// wrong, its AADSTS code and text; the rest is trace ids and links).
    /// </summary>
    public static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}";

    /// <summary>What the public body may say: a check's own text, never an exception's message the service put there.</summary>
    public static string? Public(HealthReportEntry entry) =>
        entry.Exception is null ? entry.Description : "The check failed; see the log (event 2012).";
}
