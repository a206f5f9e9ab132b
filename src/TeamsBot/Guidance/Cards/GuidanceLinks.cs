namespace TeamsBot.Guidance.Cards;

/// <summary>
/// Which addresses from content become buttons or links: only http and https web addresses and telephone numbers.
/// Anything else (<c>javascript:</c>, <c>file:</c>, <c>data:</c>, a relative path) is shown as text, never as a link.
/// </summary>
public static class GuidanceLinks
{
    /// <summary>An absolute http(s) address, or null.</summary>
    public static Uri? Web(string? address) =>
        Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host)
            ? uri : null;

    /// <summary>A <c>tel:</c> link of the number's digits (a leading + kept), or null when it is not a phone number.</summary>
    public static Uri? Tel(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone) || phone.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.')))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        // Written without a country code, eight digits is a Danish number: the link dials it from abroad too.
        var prefix = phone.TrimStart().StartsWith('+') ? "+" : digits.Length == 8 ? "+45" : string.Empty;
        return digits.Length is >= 3 and <= 15 ? new Uri("tel:" + prefix + digits) : null;
    }

    /// <summary>A link target inside a body: a web address or a <c>tel:</c> link, or null (the link is then shown as text).</summary>
    public static Uri? InBody(string? target)
    {
        if (Web(target) is { } web)
        {
            return web;
        }

        return target?.Trim() is { } t && t.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? Tel(t[4..]) : null;
    }

    /// <summary>The number as a Danish counsellor says it: without +45 in front, spaced as written.</summary>
    public static string Spoken(string phone)
    {
        var trimmed = phone.Trim();
        return trimmed.StartsWith("+45", StringComparison.Ordinal) ? trimmed[3..].Trim() : trimmed;
    }
}
