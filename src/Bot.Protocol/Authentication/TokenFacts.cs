using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Authentication;

/// <summary>
/// What a token says about itself before it is validated: the issuer (to choose the keys and rules), and the
/// audience and key id, which with the issuer are all a rejection may log.
/// </summary>
internal sealed record TokenFacts(string? Issuer, string? Audience, string? KeyId)
{
    private const int MaxLoggedLength = 128;

    public static readonly TokenFacts None = new(null, null, null);

    /// <summary>The token's unvalidated iss, aud and kid; null when it is not a readable JWT.</summary>
    public static TokenFacts? Read(JsonWebTokenHandler handler, string token)
    {
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            var jwt = new JsonWebToken(token);
            return new TokenFacts(jwt.TryGetPayloadValue<string>("iss", out var iss) ? iss : null, string.Join(",", jwt.Audiences), jwt.Kid);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidOperationException or SecurityTokenException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A value for a log line. It comes from the caller, so it is cut short and stripped of control characters,
    /// which would otherwise let a forged token write lines of its own into the log.
    /// </summary>
    public static string? Loggable(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var text = new StringBuilder(Math.Min(value.Length, MaxLoggedLength) + 1);
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, MaxLoggedLength)))
        {
            text.Append(char.IsControl(c) ? '?' : c);
        }

        return value.Length > MaxLoggedLength ? text.Append('…').ToString() : text.ToString();
    }
}
