using Azure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace TeamsBot.Protection;

/// <summary>
/// Creates the key ring's container and makes or reads the current key at start-up, so a storage or certificate problem
/// stops the host with a clear message rather than failing the first counsellor's save. It runs once every other
/// start-up task has run (<see cref="StartedAsync"/>), so an unreachable storage is still reported by the table set-up.
/// </summary>
internal sealed class KeyRingInitializer(
    BlobKeyRing keyRing,
    ProtectionCertificate certificate,
    IDataProtectionProvider protection,
    IHostEnvironment environment,
    ILogger<KeyRingInitializer> log) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var container = keyRing.Container;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: timeout.Token);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException)
        {
            throw new InvalidOperationException(
                $"Blob storage at {container.Uri.GetLeftPart(UriPartial.Authority)} cannot be reached or refused to create the Data Protection "
                + $"key ring container '{container.Name}': {e.Message} Check Storage:ConnectionString and DataProtection:KeyRingContainer.", e);
        }

        var probe = protection.CreateProtector("TeamsBot.Protection.StartupProbe");
        _ = probe.Unprotect(probe.Protect("probe"));
        if (certificate.Value is { } protectingCertificate)
        {
            Log.KeysProtected(log, container.Name, protectingCertificate.Thumbprint);
        }
        else
        {
            Log.KeysUnprotected(log, container.Name, environment.EnvironmentName);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
