using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Protocol.Authentication;
using Bot.Protocol.Connector;
using Bot.Protocol.Tests.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// Teams' side of authentication for host tests, as davidfowl/TodoApi's test client does it: the host trusts a
/// test token service (served in-process, no network), and test clients sign every post to <c>/api/messages</c>
/// with a real token from it, so the real auth pipeline runs in every host test.
/// </summary>
public sealed class TestChannelTokens : IDisposable
{
    public const string AppId = "4a1c2f33-0000-4000-8000-000000000001";

    /// <summary>What the bot sends to the connector in place of an MSAL token (MSAL needs the network).</summary>
    public const string OutboundToken = "test-outbound-token";

    /// <summary>Signs tokens and serves the OpenID metadata and keys the host fetches.</summary>
    public ChannelAuthority Authority { get; } = new();

    /// <summary>A single-tenant bot whose inbound tokens come from <see cref="Authority"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Bot:MicrosoftAppId", AppId),
        new("Bot:MicrosoftAppPassword", "test-secret"),
        new("Bot:MicrosoftAppTenantId", Activities.TenantId),
        new("Bot:OpenIdMetadataUrl", ChannelAuthority.MetadataUrl),
    ];

    /// <summary>Points the host's metadata client at <see cref="Authority"/> and its outbound token at <see cref="OutboundToken"/>.</summary>
    public void Configure(IServiceCollection services)
    {
        services.AddHttpClient(SigningKeySource.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Authority);
        services.AddSingleton<IOutboundTokenProvider, FixedOutboundToken>();
    }

    /// <summary>A handler that adds a token for the activity's serviceUrl to every post to /api/messages that has none.</summary>
    public DelegatingHandler CreateHandler(TimeProvider time) => new SigningHandler(Authority, time);

    public void Dispose() => Authority.Dispose();

    private sealed class FixedOutboundToken : IOutboundTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(OutboundToken);
    }

    private sealed class SigningHandler(ChannelAuthority authority, TimeProvider time) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath == "/api/messages"
                && request.Headers.Authorization is null && request.Content is not null)
            {
                // Teams issues each token for one service URL; the host checks it against the activity's.
                var serviceUrl = ServiceUrlOf(await request.Content.ReadAsStringAsync(cancellationToken));
                var token = authority.Mint(time.GetUtcNow(), audience: AppId, serviceUrl: serviceUrl ?? "", includeServiceUrl: serviceUrl is not null);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            return await base.SendAsync(request, cancellationToken);
        }

        // Malformed bodies get a token without the claim: the host must answer 400 for them before it looks at tokens.
        private static string? ServiceUrlOf(string body)
        {
            try
            {
                return JsonNode.Parse(body) is JsonObject activity && activity["serviceUrl"] is JsonValue value
                    && value.TryGetValue(out string? serviceUrl) ? serviceUrl : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
