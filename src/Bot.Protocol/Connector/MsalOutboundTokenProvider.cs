using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Bot.Protocol.Connector;

/// <summary>
/// Client-credentials token for <c>https://api.botframework.com/.default</c>, cached by MSAL, proven with the app's
/// client secret or its certificate (a signed client assertion). The authority is the bot's home tenant
/// (single-tenant) or <c>botframework.com</c> (multi-tenant), never the conversation's tenant.
/// </summary>
public sealed class MsalOutboundTokenProvider : IOutboundTokenProvider
{
    private readonly IConfidentialClientApplication _app;

    /// <summary>Creates the provider from the bot's credentials, calling Entra through MSAL's own HTTP client.</summary>
    public MsalOutboundTokenProvider(IOptions<ConnectorOptions> options)
        : this(options, httpClients: null)
    {
    }

    /// <summary>Creates the provider, calling Entra through the <see cref="OutboundIdentity.HttpClientName"/> client.</summary>
    public MsalOutboundTokenProvider(IOptions<ConnectorOptions> options, IHttpClientFactory? httpClients)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var tenant = o.IsMultiTenant ? "botframework.com" : o.MicrosoftAppTenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(o.MicrosoftAppId)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}");
        builder = string.IsNullOrEmpty(o.CertificatePath)
            ? builder.WithClientSecret(o.MicrosoftAppPassword)
            : builder.WithCertificate(BotCertificate.Load(o));
        if (httpClients is not null)
        {
            builder = builder.WithHttpClientFactory(new MsalHttpClients(httpClients));
        }

        _app = builder.Build();
    }

    /// <inheritdoc />
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.AcquireTokenForClient([OutboundIdentity.Scope]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (Exception e) when (e is MsalException or HttpRequestException)
        {
            // Without a token the connector cannot be called: to callers this is the connector being unreachable.
            throw new ConnectorException("acquire token", e);
        }
    }

    private sealed class MsalHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(OutboundIdentity.HttpClientName);
    }
}
