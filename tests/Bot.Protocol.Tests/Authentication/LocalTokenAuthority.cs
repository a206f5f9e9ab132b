using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>How the local metadata endpoint misbehaves.</summary>
public enum MetadataFailure
{
    None,
    ServerError,
    BadJson,
    Disconnect,
}

/// <summary>
/// Both token authorities on a real local HTTP server (Kestrel on 127.0.0.1, a free port): the Bot Framework's
/// OpenID metadata and JWKS (keys with endorsements) and Entra's <c>common</c> v2 metadata and JWKS, each signing
/// with its own test RSA key. It can be made to fail (500, bad JSON, a dropped connection) and counts what it serves.
/// </summary>
public sealed class LocalTokenAuthority : IAsyncDisposable
{
    public const string AppId = "app-id";
    public const string ServiceUrl = "https://smba.test/emea/";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly WebApplication _server;
    private int _requests;

    private LocalTokenAuthority(WebApplication server) => _server = server;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri BotFrameworkMetadataUrl => new(BaseUrl, "botframework/.well-known/openidconfiguration");

    public Uri EntraMetadataUrl => new(BaseUrl, "common/v2.0/.well-known/openid-configuration");

    public RsaSecurityKey BotFrameworkKey { get; set; } = NewKey("bf-key-1");

    public RsaSecurityKey EntraKey { get; set; } = NewKey("entra-key-1");

    /// <summary>Endorsements published for <see cref="BotFrameworkKey"/>; null publishes none.</summary>
    public string[]? Endorsements { get; set; } = ["msteams"];

    public MetadataFailure Failure { get; set; }

    /// <summary>Every request that reached the server (metadata and key sets), failed ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public static async Task<LocalTokenAuthority> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var authority = new LocalTokenAuthority(builder.Build());
        authority.Map();
        await authority._server.StartAsync();
        var address = authority._server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        authority.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return authority;
    }

    /// <summary>
    /// A token as the given issuer signs it; the Bot Framework issuer with its key, any other with Entra's, unless told.
    /// A <paramref name="caller"/> is the app the token was issued to, in the claim of the issuer's token version.
    /// </summary>
    public string Mint(DateTimeOffset now, string issuer = BotFrameworkIssuer, string? tenant = null, string? audience = AppId,
        string? serviceUrl = ServiceUrl, SecurityKey? signWith = null, TimeSpan? validFor = null, string algorithm = SecurityAlgorithms.RsaSha256,
        IDictionary<string, object>? extraClaims = null, string? caller = null)
    {
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (caller is not null)
        {
            // As Entra names the calling app: azp in a v2 token, appid in a v1 token.
            var v2 = issuer.EndsWith("/v2.0", StringComparison.Ordinal);
            claims["ver"] = v2 ? "2.0" : "1.0";
            claims[v2 ? "azp" : "appid"] = caller;
        }

        if (tenant is not null)
        {
            claims["tid"] = tenant;
        }

        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var starts = now - TimeSpan.FromMinutes(1);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = starts.UtcDateTime,
            NotBefore = starts.UtcDateTime,
            Expires = (now + (validFor ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signWith ?? (issuer == BotFrameworkIssuer ? BotFrameworkKey : EntraKey), algorithm),
        });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Map()
    {
        _server.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requests);
            switch (Failure)
            {
                case MetadataFailure.ServerError:
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return;
                case MetadataFailure.BadJson:
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync("{\"issuer\": \"https://login.test\", \"jwks_uri\": ");
                    return;
                case MetadataFailure.Disconnect:
                    context.Abort();
                    return;
                default:
                    await next(context);
                    return;
            }
        });
        _server.MapGet("/botframework/.well-known/openidconfiguration", () => Metadata(BotFrameworkIssuer, "botframework/keys"));
        _server.MapGet("/botframework/keys", () => Jwks(BotFrameworkKey, Endorsements));
        _server.MapGet("/common/v2.0/.well-known/openid-configuration", () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "common/discovery/v2.0/keys"));
        _server.MapGet("/common/discovery/v2.0/keys", () => Jwks(EntraKey, null));
    }

    private IResult Metadata(string issuer, string jwksPath) =>
        Json(new JsonObject { ["issuer"] = issuer, ["jwks_uri"] = new Uri(BaseUrl, jwksPath).AbsoluteUri });

    private static IResult Jwks(RsaSecurityKey signing, string[]? endorsements) => Json(TestJwks.Of(signing, endorsements));

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");
}
