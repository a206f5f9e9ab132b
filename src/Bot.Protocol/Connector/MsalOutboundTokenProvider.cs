using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Bot.Protocol.Connector;

/// <summary>
/// Client-credentials token for <c>https://api.botframework.com/.default</c>, cached by MSAL.
/// The authority is the bot's home tenant (single-tenant) or <c>botframework.com</c> (multi-tenant),
/// never the conversation's tenant.
/// </summary>
public sealed class MsalOutboundTokenProvider : IOutboundTokenProvider
{
    private static readonly string[] Scopes = ["https://api.botframework.com/.default"];
    private readonly IConfidentialClientApplication _app;

    /// <summary>Creates the provider from the bot's credentials.</summary>
    public MsalOutboundTokenProvider(IOptions<ConnectorOptions> options)
    {
        var o = options.Value;
        var tenant = string.Equals(o.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase)
            ? "botframework.com"
            : o.MicrosoftAppTenantId;
        _app = ConfidentialClientApplicationBuilder.Create(o.MicrosoftAppId)
            .WithClientSecret(o.MicrosoftAppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .Build();
    }

    /// <inheritdoc />
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (Exception e) when (e is MsalException or HttpRequestException)
        {
            // Without a token the connector cannot be called: to callers this is the connector being unreachable.
            throw new ConnectorException("acquire token", e);
        }
    }
}
