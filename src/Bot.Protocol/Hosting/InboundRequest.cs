using System.Text.Json;
using Bot.Protocol.Activities;
using Microsoft.AspNetCore.Http;

namespace Bot.Protocol.Hosting;

/// <summary>Reads and checks the request body: JSON content type, size limit, required fields.</summary>
internal sealed record InboundRequest(Activity? Activity, IResult? Problem)
{
    public static async Task<InboundRequest> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return Fail(Problems.UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > maxBytes)
        {
            return Fail(Problems.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return Fail(Problems.TooLarge(maxBytes));
            }
        }

        Activity activity;
        try
        {
            activity = Activity.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (JsonException e)
        {
            return Fail(Problems.BadRequest("The body is not a valid activity: " + Describe(e)));
        }

        var missing = MissingFields(activity);
        if (missing.Count > 0)
        {
            return Fail(Problems.BadRequest("The activity lacks required fields: " + string.Join(", ", missing) + "."));
        }

        var unusable = InboundIds.Problems(activity);
        return unusable.Count == 0
            ? new InboundRequest(activity, null)
            : Fail(Problems.BadRequest("The activity has unusable ids: " + string.Join(", ", unusable) + "."));
    }

    private static List<string> MissingFields(Activity activity)
    {
        List<string> missing = [];
        if (string.IsNullOrWhiteSpace(activity.Type)) missing.Add("type");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) missing.Add("conversation.id");
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) missing.Add("from.id");
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            missing.Add("serviceUrl (an absolute http(s) URL)");
        }

        return missing;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && contentType.Split(';')[0].EndsWith("+json", StringComparison.OrdinalIgnoreCase)));

    // The exception's position helps a developer; its message never echoes the body back.
    private static string Describe(JsonException e) =>
        e.LineNumber is { } line ? $"invalid JSON near line {line + 1}, position {e.BytePositionInLine + 1}." : "invalid JSON.";

    private static InboundRequest Fail(IResult problem) => new(null, problem);
}
