using System.ComponentModel.DataAnnotations;

namespace Bot.Protocol.Connector;

/// <summary>Outbound settings: the bot's credentials and how hard to retry the connector.</summary>
public sealed class ConnectorOptions
{
    /// <summary>The bot's Entra app id; empty means no outbound token (local emulators only).</summary>
    public string? MicrosoftAppId { get; set; }
    /// <summary>The app's client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>The bot's home tenant; required for <c>SingleTenant</c>.</summary>
    public string? MicrosoftAppTenantId { get; set; }
    /// <summary><c>SingleTenant</c> (default) or <c>MultiTenant</c>.</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";
    /// <summary>How many times a throttled or failed call is retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;
    /// <summary>First back-off delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>Longest a single attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
