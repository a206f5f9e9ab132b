using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsBot.Hosting;

/// <summary>
/// <c>/readyz</c>: whether this instance can do its work, storage and outbound identity reported apart, each naming
/// the key to fix (and nothing more: it answers anyone). <c>/healthz</c> stays a liveness check (the process answers), so a platform never restarts the bot
/// for a wrong secret that a restart cannot fix.
/// </summary>
public static class Readiness
{
    public const string Path = "/readyz";

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddSingleton<OutboundIdentityProbe>();
        services.AddSingleton<StorageReadinessCheck>(); // One instance: it keeps its last outcome.
        services.AddHostedService<OutboundIdentityCheckAtStart>();
        services.AddHealthChecks()
            .AddCheck<StorageReadinessCheck>("storage", timeout: TimeSpan.FromSeconds(10))
            .AddCheck<OutboundIdentityReadinessCheck>("outboundIdentity", timeout: TimeSpan.FromSeconds(15));
        return services;
    }

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>
    /// <c>{"status":"Unhealthy","checks":{"storage":{"status":"Unhealthy","description":"Check Storage:ConnectionString."},"outboundIdentity":{…}}}</c>;
    /// 503 unless every check is healthy (the health check middleware's status codes). The body is public (App Service
    /// serves it to anyone), so it names only the keys to fix; what went wrong, with hosts and Entra's words, is logged.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Readiness));
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            Log.ReadinessCheckFailed(log, name, ReadinessDetail.Of(entry));
        }

        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = ReadinessDetail.Public(e.Value) }),
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
