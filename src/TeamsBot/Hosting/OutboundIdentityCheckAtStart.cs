using Microsoft.Extensions.Options;

namespace TeamsBot.Hosting;

/// <summary>
/// Outside Development, asks for one outbound token as the host starts, so a wrong secret, an expired certificate or a
/// managed identity not assigned to the host shows in the log at once, as an identity problem naming the keys to check,
/// rather than at the first check-in. The host starts either way (the probe turns every failure but a stop into an
/// outcome; an exception escaping here would stop the host): <c>/readyz</c> keeps reporting it until it works.
/// </summary>
internal sealed class OutboundIdentityCheckAtStart(OutboundIdentityProbe probe, IHostEnvironment environment, ILogger<OutboundIdentityCheckAtStart> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsDevelopment() || !probe.IsConfigured)
        {
            return;
        }

        await Task.Yield(); // Never hold up the host's start on Entra.
        var outcome = await probe.ProbeAsync(stoppingToken);
        if (outcome.Succeeded)
        {
            Log.OutboundIdentityReady(log, probe.AppType);
        }
        else
        {
            Log.OutboundIdentityFailed(log, probe.AppType, outcome.Failure, probe.KeysToCheck);
        }
    }
}
