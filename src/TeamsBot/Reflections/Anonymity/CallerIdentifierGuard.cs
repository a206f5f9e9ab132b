using System.Text.RegularExpressions;

namespace TeamsBot.Reflections.Anonymity;

/// <summary>
/// Finds caller identifiers in free text before anything is stored: Danish CPR numbers (DDMMYY-SSSS, also with
/// a space or no separator, any date-valid number, see <see cref="CprNumber"/>), Danish phone numbers (eight
/// digits, optionally after +45, 0045 or (+45), written 12345678, 12 34 56 78 or 1234 5678, with spaces or
/// dashes) and e-mail addresses. Ordinary counselling text (times, amounts, years, ages, dates like 24.12,
/// "uge 47", "§ 153") passes. Pure: no I/O, and it never logs what it sees.
/// </summary>
public static partial class CallerIdentifierGuard
{
    /// <summary>What replaces an identifier in <see cref="CallerIdentifierCheck.Masked"/>: no digit, no '@'.</summary>
    public const string Mask = "***";

    private const int TimeoutMilliseconds = 1000;

    private const string Separator = @"[ \u00A0\-\u2013\u2011]";

    /// <summary>Between a CPR number's date and serial: a dash (with or without spaces around it) or a space.</summary>
    private const string CprSeparator = @"(?:[ \u00A0]?[\-\u2013\u2011][ \u00A0]?|[ \u00A0])";

    private static readonly CallerIdentifierKind[] AllKinds =
        [CallerIdentifierKind.CprNumber, CallerIdentifierKind.PhoneNumber, CallerIdentifierKind.EmailAddress];

    public static CallerIdentifierCheck Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new([], text ?? string.Empty);
        }

        var found = new HashSet<CallerIdentifierKind>();
        try
        {
            // Masking removes digits and '@', which can free a neighbour (an address glued to a number), so it
            // repeats until nothing changes; each changing pass removes at least one digit or '@', so it ends.
            var masked = text;
            for (var next = MaskOnce(masked, found); next != masked; next = MaskOnce(masked, found))
            {
                masked = next;
            }

            return new(AllKinds.Where(found.Contains).ToArray(), masked);
        }
        catch (RegexMatchTimeoutException)
        {
            // Fail closed: a text that could not be checked is treated as holding every kind, and nothing is echoed.
            return new(AllKinds, string.Empty);
        }
    }

    private static string MaskOnce(string text, HashSet<CallerIdentifierKind> found)
    {
        // E-mail first: an address may hold digits that would otherwise be taken for a phone number.
        var masked = EmailAddress().Replace(text, _ => Hit(found, CallerIdentifierKind.EmailAddress));
        masked = CprNumberPattern().Replace(masked, m => IsCpr(m) ? Hit(found, CallerIdentifierKind.CprNumber) : m.Value);
        return PhoneNumber().Replace(masked, m => IsPhone(m) ? Hit(found, CallerIdentifierKind.PhoneNumber) : m.Value);
    }

    private static string Hit(HashSet<CallerIdentifierKind> found, CallerIdentifierKind kind)
    {
        found.Add(kind);
        return Mask;
    }

    private static bool IsCpr(Match m) =>
        CprNumber.IsDateValid(m.Groups["dd"].Value, m.Groups["mm"].Value, m.Groups["yy"].Value, m.Groups["ss"].Value[0]);

    private static bool IsPhone(Match m) =>
        !m.Groups["a"].Success
        || !DanishPhoneNumber.IsRangeRatherThanNumber(
            m.Groups["a"].Value, m.Groups["sep4"].Value, m.Groups["b"].Value, m.Groups["prefix"].Success);

    [GeneratedRegex(
        // The date may be written with dots (12.03.90) and a four-digit year (12.03.1990), as people copy it from papers.
        @"(?<![0-9])(?<dd>[0-3][0-9])(?<dot>\.?)(?<mm>[01][0-9])\k<dot>(?:18|19|20)?(?<yy>[0-9]{2})" + CprSeparator + @"?(?<ss>[0-9]{4})(?![0-9])",
        RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex CprNumberPattern();

    [GeneratedRegex(
        @"(?<![0-9])(?<prefix>\(?(?:\+|00)45\)?[ \u00A0\-]?)?"
        + @"(?:(?<a>[0-9]{4})(?<sep4>" + Separator + @")(?<b>[0-9]{4})"
        + @"|[0-9]{2}(?<sep>[ \u00A0\-\u2013\u2011.])[0-9]{2}\k<sep>[0-9]{2}\k<sep>[0-9]{2}"
        + @"|[0-9]{8})(?![0-9])",
        RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}",
        RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex EmailAddress();
}
