using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>
/// Plays the Bot Framework token service: signs real tokens with test RSA keys and serves the OpenID
/// metadata and JWKS (with endorsements) that the authenticator fetches.
/// </summary>
public sealed class ChannelAuthority : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    public const string JwksUrl = "https://login.test/v1/.well-known/keys";
    public const string Issuer = "https://api.botframework.com";

    public RsaSecurityKey Key { get; private set; } = NewKey("key-1");

    /// <summary>Endorsements published for <see cref="Key"/>; null publishes none.</summary>
    public string[]? Endorsements { get; set; } = ["msteams"];

    public int JwksFetches { get; private set; }

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    /// <summary>Publishes a new key from now on, as the channel does when it rotates keys.</summary>
    public RsaSecurityKey Rotate(string kid) => Key = NewKey(kid);

    public string Mint(DateTimeOffset now, string? audience = "app-id", string serviceUrl = "https://smba.test/emea/", string issuer = Issuer,
        SecurityKey? signWith = null, TimeSpan? validFor = null, DateTimeOffset? notBefore = null, bool includeServiceUrl = true,
        bool includeExpiry = true, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
        if (includeServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var expires = now + (validFor ?? TimeSpan.FromHours(1));
        var starts = notBefore ?? now - TimeSpan.FromMinutes(1);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = starts.UtcDateTime,
            NotBefore = starts.UtcDateTime,
            Expires = includeExpiry ? expires.UtcDateTime : null,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signWith ?? Key, algorithm),
        });
    }

    /// <summary>A token with <c>alg: none</c> and no signature, with otherwise valid claims.</summary>
    public static string MintWithoutSignature(DateTimeOffset now, string serviceUrl = "https://smba.test/emea/")
    {
        static string Part(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = "app-id",
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Part(header)}.{Part(payload)}.";
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        var body = url switch
        {
            MetadataUrl => new JsonObject { ["issuer"] = Issuer, ["jwks_uri"] = JwksUrl }.ToJsonString(),
            JwksUrl => Jwks(),
            _ => null,
        };
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private string Jwks()
    {
        JwksFetches++;
        return TestJwks.Of(Key, Endorsements).ToJsonString();
    }
}

/// <summary>
/// A JWKS document as the token authorities publish it, shared by both test authorities. It lives in this file
/// because TeamsBot.Tests compiles this file alone (linked) and needs it too.
/// </summary>
public static class TestJwks
{
    /// <summary>The public half of <paramref name="signing"/>, with the Bot Framework's <c>endorsements</c> when given.</summary>
    public static JsonObject Of(RsaSecurityKey signing, string[]? endorsements)
    {
        var parameters = signing.Rsa.ExportParameters(false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = signing.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            key["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        }

        return new JsonObject { ["keys"] = new JsonArray(key) };
    }
}
