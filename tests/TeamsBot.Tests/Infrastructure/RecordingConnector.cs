using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// Stands in for the Bot Connector service at the HTTP level, so the real connector client (serialization,
/// retries) runs in every host test. Records each request; answers 201 with a fresh id, or what a test scripts.
/// </summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage?>> _script = new();
    private int _nextId;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>
    /// The next matching requests get this answer instead of success (e.g. 429 with Retry-After).
    /// Status 0 means no answer at all: the request fails as a refused connection does. <paramref name="code"/> is the
    /// connector's error code in the body (<c>ActivityNotFound</c> for a deleted message).
    /// </summary>
    public void FailNext(int times, HttpStatusCode status, Func<HttpRequestMessage, bool>? when = null, TimeSpan? retryAfter = null, string code = "Scripted")
    {
        var remaining = times;
        _script.Enqueue(request =>
        {
            if ((when is not null && !when(request)) || Interlocked.Decrement(ref remaining) < 0)
            {
                return null;
            }

            if (status == 0)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (scripted).");
            }

            var response = new HttpResponseMessage(status) { Content = new StringContent($"{{\"error\":{{\"code\":\"{code}\",\"message\":\"Scripted.\"}}}}", Encoding.UTF8, "application/json") };
            if (retryAfter is { } delay)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
            }

            return response;
        });
    }

    /// <summary>
    /// The bot's message is deleted in Teams: the next update of it, and the one retry, answer 404 <c>ActivityNotFound</c>.
    /// </summary>
    public void MessageGone(Func<HttpRequestMessage, bool>? when = null) =>
        FailNext(2, HttpStatusCode.NotFound, r => r.Method == HttpMethod.Put && (when is null || when(r)), code: "ActivityNotFound");

    /// <summary>
    /// Requests <paramref name="answer"/> returns a response for get that response instead of success, for as long as
    /// the connector lives (e.g. a team's member list); null lets a request through to the next script or the default.
    /// </summary>
    public void Answer(Func<HttpRequestMessage, HttpResponseMessage?> answer) => _script.Enqueue(answer);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, body, request.Headers.Authorization?.ToString());
        _requests.Enqueue(recorded);
        foreach (var scripted in _script)
        {
            if (scripted(request) is { } failure)
            {
                return failure;
            }
        }

        var id = $"activity-{Interlocked.Increment(ref _nextId)}";
        recorded.ResponseId = id;
        var json = request.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $"{{\"id\":\"a:personal-{id}\"}}"
            : $"{{\"id\":\"{id}\"}}";
        return new HttpResponseMessage(request.Method == HttpMethod.Put ? HttpStatusCode.OK : HttpStatusCode.Created)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? Authorization)
{
    /// <summary>The id the connector answered with; null for a scripted failure.</summary>
    public string? ResponseId { get; set; }

    public JsonNode? Json => Body is null ? null : JsonNode.Parse(Body);

    public string Path => Uri.AbsolutePath;
}
