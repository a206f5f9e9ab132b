using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bot.Protocol.Activities;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Bot.Protocol.Connector;

/// <summary>
/// Bot Connector REST v3 over <see cref="HttpClient"/>. Retries for 429/412/5xx live in the
/// client's resilience pipeline (see <see cref="ConnectorServiceCollectionExtensions"/>), not here. Only allowed
/// service hosts are called (<see cref="ServiceHosts"/>), and a refusal of the bot itself (401/403) is logged as an
/// identity problem, whoever called.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IOutboundTokenProvider tokens, ServiceHosts hosts, ILogger<ConnectorClient> log) : IConnectorClient
{
    /// <inheritdoc />
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", PrepareOutbound(activity, conversationId), "send", cancellationToken);

    /// <inheritdoc />
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var outbound = PrepareOutbound(activity, conversationId);
        outbound.ReplyToId = activityId;
        return SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", outbound, "reply", cancellationToken);
    }

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var outbound = PrepareOutbound(activity, conversationId);
        outbound.Id = activityId;
        return SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", outbound, "update activity", cancellationToken);
    }

    /// <inheritdoc />
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, "create conversation", cancellationToken);

    /// <inheritdoc />
    public Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        SendAsync<TeamsChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", null, "get member", cancellationToken);

    /// <inheritdoc />
    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        // The channel may answer fewer members than asked for (Teams sends at most 500 a page): follow the token, never the count.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var query = $"pageSize={pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            + (continuationToken is null ? string.Empty : "&continuationToken=" + Escape(continuationToken));
        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/pagedmembers?{query}", null, "get members", cancellationToken);
    }

    // An empty id would leave an empty segment: another REST path (".../activities/" is not a reply).
    private static string Escape(string id, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(id))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        return Uri.EscapeDataString(id);
    }

    private static Activity PrepareOutbound(Activity activity, string conversationId)
    {
        // Bots must not set id, timestamp or serviceUrl on sends; the conversation is the target's.
        activity.Type ??= ActivityTypes.Message;
        activity.Id = null;
        activity.Timestamp = null;
        activity.ServiceUrl = null;
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        return activity;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, string operation, CancellationToken cancellationToken)
    {
        // Checked before the token is asked for: a URL that is refused never sees one.
        if (hosts.Refusal(serviceUrl) is { } refusal)
        {
            ConnectorLog.ServiceUrlRefused(log, serviceUrl, operation, refusal);
            throw ConnectorException.ServiceUrlRefused(operation, refusal);
        }

        using var request = new HttpRequestMessage(method, Target(serviceUrl, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        }

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await SendOrThrowUnreachableAsync(request, operation, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync(cancellationToken);
            var failure = new ConnectorException(response.StatusCode, operation, error.Length > 2000 ? error[..2000] : error);
            if (failure.IsIdentityProblem)
            {
                ConnectorLog.IdentityRefused(log, operation, failure.StatusCode, failure.ErrorCode);
            }

            throw failure;
        }

        // 202 Accepted and 204 carry no id (e.g. a message Teams split); callers must cope with a null id.
        if (response.Content.Headers.ContentLength == 0 || response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return EmptyResult<T>();
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(text)
            ? EmptyResult<T>()
            : System.Text.Json.JsonSerializer.Deserialize<T>(text, ProtocolJson.Options) ?? EmptyResult<T>();
    }

    private async Task<HttpResponseMessage> SendOrThrowUnreachableAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException(operation, e);
        }
    }

    private static T EmptyResult<T>() =>
        typeof(T) == typeof(ResourceResponse) ? (T)(object)new ResourceResponse(null)
        : typeof(T) == typeof(ConversationResourceResponse) ? (T)(object)new ConversationResourceResponse(null, null, null)
        : throw new ConnectorException(System.Net.HttpStatusCode.NoContent, "read response", "The connector answered with no body.");

    /// <summary>
    /// The URL to call, checked to be the path meant: an id "." or ".." survives escaping and Uri removes
    /// it, which would move the call to another REST path (POST /v3/activities, say).
    /// </summary>
    private static Uri Target(string serviceUrl, string path)
    {
        var baseUri = new Uri(EnsureTrailingSlash(serviceUrl));
        var target = new Uri(baseUri, path);
        var meant = baseUri.AbsolutePath + path.Split('?', 2)[0];
        if (!string.Equals(target.AbsolutePath, meant, StringComparison.Ordinal))
        {
            throw new ArgumentException($"An id would move the connector call off its path '{meant}'.", nameof(path));
        }

        return target;
    }

    private static string EnsureTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
