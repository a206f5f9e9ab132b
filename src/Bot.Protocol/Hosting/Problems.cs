using Microsoft.AspNetCore.Http;

namespace Bot.Protocol.Hosting;

/// <summary>RFC 9457 problem answers for machines that send bad requests.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Malformed activity", detail);

    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);

    public static IResult TooLarge(int maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than {maxBytes / 1024} KB.");

    /// <summary>400, not 415: the channel contract treats every unreadable activity as a bad request.</summary>
    public static IResult UnsupportedMediaType(string? contentType) =>
        Problem(StatusCodes.Status400BadRequest, "Unsupported content type",
            $"The Content-Type must be application/json, not '{contentType ?? "(none)"}'.");

    public static IResult NotImplemented(string detail) => Problem(StatusCodes.Status501NotImplemented, "Not implemented", detail);

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
