using System.ComponentModel.DataAnnotations;

namespace Bot.Protocol.Connector;

/// <summary>Outbound settings: the bot's credentials and how hard to retry the connector.</summary>
public sealed class ConnectorOptions
{
    /// <summary>
    /// The bot's Entra app id; for <c>UserAssignedMSI</c> the client id of the user-assigned managed identity. Empty means
    /// no outbound token (local emulators only).
    /// </summary>
    public string? MicrosoftAppId { get; set; }
    /// <summary>The app's client secret; or use <see cref="CertificatePath"/>, not both.</summary>
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>The bot's home tenant; required for <c>SingleTenant</c> and <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppTenantId { get; set; }
    /// <summary>
    /// <c>SingleTenant</c> (default) or <c>MultiTenant</c>: an app registration with a secret or a certificate;
    /// <c>UserAssignedMSI</c>: the user-assigned managed identity <see cref="MicrosoftAppId"/> of the host, no secret at all.
    /// </summary>
    [RegularExpression("(?i)^(SingleTenant|MultiTenant|UserAssignedMSI)$",
        ErrorMessage = "Bot:MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI.")]
    public string MicrosoftAppType { get; set; } = "SingleTenant";
    /// <summary>
    /// A PKCS#12 file (<c>.pfx</c>/<c>.p12</c>) with the certificate registered on the app and its private key, used
    /// instead of a client secret. On Linux App Service a certificate loaded with <c>WEBSITE_LOAD_CERTIFICATES</c> is
    /// <c>/var/ssl/private/{thumbprint}.p12</c>.
    /// </summary>
    public string? CertificatePath { get; set; }
    /// <summary>The password of <see cref="CertificatePath"/>; empty when it has none (as App Service writes them).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>True for <c>UserAssignedMSI</c>: the token comes from the host's managed identity.</summary>
    public bool UsesManagedIdentity => string.Equals(MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
    /// <summary>True for <c>MultiTenant</c>: the token comes from the <c>botframework.com</c> tenant.</summary>
    public bool IsMultiTenant => string.Equals(MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase);
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
