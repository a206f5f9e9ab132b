using System.Net;
using System.Text;

namespace Bot.Protocol.Tests.Connector;

/// <summary>Answers every identity request with a token (or <see cref="FailWith"/>) and keeps what was asked.</summary>
internal sealed class TokenEndpoint : HttpMessageHandler
{
    public List<(HttpMethod Method, Uri Uri, Dictionary<string, string> Headers, Dictionary<string, string> Form)> Seen { get; } = [];

    public HttpStatusCode? FailWith { get; init; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "", StringComparer.Ordinal);
        lock (Seen)
        {
            Seen.Add((request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), form));
        }

        if (FailWith is { } status)
        {
            return Json(status, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""");
        }

        // The managed identity endpoints answer expires_on as seconds since 1970; Entra's token endpoint expires_in.
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Json(HttpStatusCode.OK,
            $$"""{"token_type":"Bearer","access_token":"token-from-local-endpoint","expires_in":3600,"expires_on":"{{expiresOn}}","resource":"https://api.botframework.com"}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
