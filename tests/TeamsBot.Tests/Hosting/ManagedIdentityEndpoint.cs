using System.Net;
using System.Text;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Hosting;

/// <summary>
/// App Service's managed identity endpoint (<c>IDENTITY_ENDPOINT</c> with the <c>X-IDENTITY-HEADER</c> secret), served on
/// loopback for a bot process: answers a token and keeps each request's query.
/// </summary>
internal sealed class ManagedIdentityEndpoint : IDisposable
{
    public const string Secret = "identity-header-secret";

    private readonly HttpListener _listener = new();
    private readonly List<string> _queries = [];

    public ManagedIdentityEndpoint()
    {
        Url = $"http://127.0.0.1:{Azurite.FreePort()}/msi/token/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = ServeAsync();
    }

    public string Url { get; }

    /// <summary>The query strings of requests that carried the identity header.</summary>
    public IReadOnlyList<string> Queries
    {
        get
        {
            lock (_queries)
            {
                return [.. _queries];
            }
        }
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var authorised = context.Request.Headers["X-IDENTITY-HEADER"] == Secret;
            if (authorised)
            {
                lock (_queries)
                {
                    _queries.Add(context.Request.Url!.Query);
                }
            }

            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            var body = authorised
                ? $$"""{"access_token":"msi-token","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"x"}"""
                : """{"error":"missing identity header"}""";
            context.Response.StatusCode = authorised ? 200 : 400;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
