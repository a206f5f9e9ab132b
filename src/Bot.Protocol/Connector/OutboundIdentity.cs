using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Connector;

/// <summary>Chooses how the bot proves who it is to the connector, from <see cref="ConnectorOptions"/>.</summary>
public static class OutboundIdentity
{
    /// <summary>What every outbound token is for: the Bot Framework connector.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>The HttpClient that calls Entra or the managed identity endpoint, for tests that swap its handler.</summary>
    public const string HttpClientName = "Bot.Protocol.Identity";

    /// <summary>No token without an app id (local emulators); the managed identity; or the app registration.</summary>
    public static IOutboundTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ConnectorOptions>>();
        var httpClients = services.GetRequiredService<IHttpClientFactory>();
        var o = options.Value;
        if (string.IsNullOrEmpty(o.MicrosoftAppId))
        {
            return new NoOutboundToken();
        }

        return o.UsesManagedIdentity
            ? new ManagedIdentityTokenProvider(o.MicrosoftAppId, httpClients.CreateClient(HttpClientName))
            : new MsalOutboundTokenProvider(options, httpClients);
    }

    /// <summary>The settings to check when no token can be had, for logs and the readiness check.</summary>
    public static string KeysToCheck(ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UsesManagedIdentity)
        {
            return "Bot:MicrosoftAppId (the client id of the user-assigned managed identity, assigned to this host) and Bot:MicrosoftAppTenantId";
        }

        var credential = string.IsNullOrEmpty(options.CertificatePath)
            ? "Bot:MicrosoftAppPassword (the client secret, not expired)"
            : "Bot:CertificatePath (the certificate registered on the app, not expired)";
        return options.IsMultiTenant
            ? $"Bot:MicrosoftAppId, {credential} and Bot:MicrosoftAppType (MultiTenant)"
            : $"Bot:MicrosoftAppId, {credential} and Bot:MicrosoftAppTenantId";
    }
}
