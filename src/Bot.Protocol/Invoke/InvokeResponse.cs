using System.Text.Json.Serialization;

namespace Bot.Protocol.Invoke;

/// <summary>The HTTP answer to an invoke activity: a status code and a JSON body.</summary>
/// <param name="Status">The HTTP status written to the response.</param>
/// <param name="Body">The JSON body, or null for none.</param>
public sealed record InvokeResponse(int Status, object? Body)
{
    /// <summary>200 with a body.</summary>
    public static InvokeResponse Ok(object? body) => new(200, body);
}

/// <summary>
/// The body Teams expects for <c>adaptiveCard/action</c>: HTTP 200 always, the outcome in
/// <c>statusCode</c>/<c>type</c>/<c>value</c>.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] object? Value)
{
    /// <summary>Replaces the card for the user who pressed the button.</summary>
    public static InvokeResponse Card(object card) =>
        InvokeResponse.Ok(new AdaptiveCardInvokeResponse(200, "application/vnd.microsoft.card.adaptive", card));

    /// <summary>Shows a short message to the user who pressed the button; the card stays.</summary>
    public static InvokeResponse Message(string text) =>
        InvokeResponse.Ok(new AdaptiveCardInvokeResponse(200, "application/vnd.microsoft.activity.message", text));

    /// <summary>Shows an error to the user who pressed the button.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        InvokeResponse.Ok(new AdaptiveCardInvokeResponse(statusCode, "application/vnd.microsoft.error", new InvokeError(code, message)));
}

/// <summary>The <c>value</c> of an <c>application/vnd.microsoft.error</c> answer.</summary>
public sealed record InvokeError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
