using System.Net;
using System.Web;
using Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Tests.Connector;

/// <summary>
/// The outbound token as each identity asks for it, against a local token endpoint: the certificate's signed client
/// assertion, the client secret, the multi-tenant authority, and the managed identity's client id and resource.
/// </summary>
public sealed class IdentityTokenTests
{
    private const string AppId = "4a1c2f33-0000-4000-8000-0000000000aa";
    private const string Tenant = "7d2a5e61-0000-4000-8000-0000000000bb";

    [Theory]
    [InlineData(".pfx")]
    [InlineData(".pem")]
    public async Task GetToken_Certificate_SendsAnAssertionSignedWithIt(string format)
    {
        using var certificate = SelfSignedCertificate.Create(format);
        var endpoint = new TokenEndpoint();
        using var services = IdentityServices.Build(Bot(("CertificatePath", certificate.Path), ("CertificatePassword", certificate.Password)), endpoint);

        var token = await services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(default);

        Assert.Equal("token-from-local-endpoint", token);
        var (_, uri, _, form) = Assert.Single(endpoint.Seen, s => s.Method == HttpMethod.Post);
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        Assert.Equal((AppId, OutboundIdentity.Scope, "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
            (form["client_id"], form["scope"], form["client_assertion_type"]));
        Assert.False(form.ContainsKey("client_secret"));
        var assertion = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(certificate.PublicPart),
            ValidIssuer = AppId,
            ValidAudience = uri.GetLeftPart(UriPartial.Path),
        });
        Assert.True(assertion.IsValid, assertion.Exception?.Message);
        Assert.Equal(AppId, assertion.Claims["sub"]);
    }

    [Fact]
    public async Task GetToken_ClientSecret_SendsTheSecretToTheHomeTenant()
    {
        var endpoint = new TokenEndpoint();
        using var services = IdentityServices.Build(Bot(("MicrosoftAppPassword", "the-secret")), endpoint);

        await services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(default);

        var (_, uri, _, form) = Assert.Single(endpoint.Seen, s => s.Method == HttpMethod.Post);
        Assert.Equal($"/{Tenant}/oauth2/v2.0/token", uri.AbsolutePath);
        Assert.Equal(("the-secret", OutboundIdentity.Scope), (form["client_secret"], form["scope"]));
        Assert.False(form.ContainsKey("client_assertion"));
    }

    [Fact]
    public async Task GetToken_MultiTenant_AsksTheBotFrameworkTenant()
    {
        var endpoint = new TokenEndpoint();
        using var services = IdentityServices.Build(Bot(("MicrosoftAppPassword", "s"), ("MicrosoftAppType", "MultiTenant")), endpoint);

        await services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(default);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(endpoint.Seen, s => s.Method == HttpMethod.Post).Uri.AbsolutePath);
    }

    [Fact]
    public async Task GetToken_TokenEndpointRefuses_ThrowsConnectorExceptionWithEntrasReason()
    {
        var endpoint = new TokenEndpoint { FailWith = HttpStatusCode.Unauthorized };
        using var services = IdentityServices.Build(Bot(("MicrosoftAppPassword", "expired")), endpoint);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(default));

        Assert.Contains("AADSTS7000215", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetToken_UserAssignedMsi_AsksTheIdentityEndpointForTheClientIdAndBotFramework()
    {
        var endpoint = new TokenEndpoint();
        using var services = IdentityServices.Build(Bot(("MicrosoftAppType", "UserAssignedMSI")), endpoint);

        var token = await services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(default);

        Assert.Equal("token-from-local-endpoint", token);
        var request = Assert.Single(endpoint.Seen);
        var query = HttpUtility.ParseQueryString(request.Uri.Query);
        Assert.Equal((AppId, "https://api.botframework.com"), (query["client_id"], query["resource"]));
    }

    private static Dictionary<string, string?> Bot(params (string Key, string Value)[] settings)
    {
        var bot = new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = Tenant };
        foreach (var (key, value) in settings)
        {
            bot[key] = value;
        }

        return bot;
    }
}
