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
    [RegularExpression("(?i)^(SingleTenant|MultiTenant)$", ErrorMessage = "Bot:MicrosoftAppType must be SingleTenant or MultiTenant.")]
    public string MicrosoftAppType { get; set; } = "SingleTenant";
    /// <summary>How many times a throttled or failed call is retried.</summary>
    [Range(0, 10, ErrorMessage = "Bot:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 4;
    /// <summary>First back-off delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30", ErrorMessage = "Bot:RetryBaseDelay must be between 0 and 30 seconds.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>Longest a single attempt may take; a timed-out update or read is retried, a timed-out send is not.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00", ErrorMessage = "Bot:AttemptTimeout must be between 0.1 seconds and 2 minutes.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);
    /// <summary>
    /// Longest one call may take with all its retries and waits (a long <c>Retry-After</c> included). A turn makes
    /// two or three calls in a row, so the default keeps it inside the 15 seconds Teams waits before it redelivers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Bot:TotalTimeout must be between 0.1 seconds and 5 minutes.")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Connector hosts allowed besides <see cref="ServiceHosts.Defaults"/> (e.g. <c>*.botframework.azure.us</c> or a
    /// sovereign cloud's Teams host); <c>*.</c> matches any subdomain. The bot's token goes to no other host.
    /// </summary>
    public List<string> AdditionalServiceHosts { get; set; } = [];
}
