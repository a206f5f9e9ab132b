using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace Bot.Protocol.Connector;

/// <summary>
/// The token of the host's user-assigned managed identity for <c>https://api.botframework.com/.default</c>
/// (<c>Bot:MicrosoftAppType</c> = <c>UserAssignedMSI</c>): no secret or certificate to keep. Azure.Identity finds the
/// identity endpoint the host offers (App Service's <c>IDENTITY_ENDPOINT</c>, or the VM metadata service) and caches the token.
/// </summary>
public sealed class ManagedIdentityTokenProvider : IOutboundTokenProvider
{
    private static readonly TokenRequestContext Request = new([OutboundIdentity.Scope]);
    private readonly TokenCredential _credential;

    /// <summary>Creates the provider for the identity with client id <paramref name="clientId"/>.</summary>
    /// <param name="clientId">The user-assigned identity's client id (<c>Bot:MicrosoftAppId</c>).</param>
    /// <param name="httpClient">The client that calls the identity endpoint; null for Azure.Identity's own.</param>
    public ManagedIdentityTokenProvider(string clientId, HttpClient? httpClient)
    {
        var options = new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(clientId));
        if (httpClient is not null)
        {
            options.Transport = new HttpClientTransport(httpClient);
        }

        _credential = new ManagedIdentityCredential(options);
    }

    /// <inheritdoc />
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await _credential.GetTokenAsync(Request, cancellationToken)).Token;
        }
        catch (AuthenticationFailedException e)
        {
            // CredentialUnavailableException (no identity endpoint on this host) derives from it.
            throw new ConnectorException("acquire token", e);
        }
    }
}
