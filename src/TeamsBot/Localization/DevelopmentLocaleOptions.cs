using System.Globalization;

namespace TeamsBot.Localization;

/// <summary>
/// Section <c>Localization</c>: a locale fixed for every activity, for local development only. The Agents Playground
/// sends <c>en-US</c> whatever the browser's language, so without it the Danish the product speaks first is never seen
/// locally. Outside Development the bot refuses to start with it set: every person must get their own Teams language,
/// and a warning in a log would let a whole organisation read the wrong language unnoticed.
/// </summary>
public sealed class DevelopmentLocaleOptions
{
    public const string SectionName = "Localization";

    /// <summary>A culture name such as <c>da-DK</c> or <c>en-US</c>; empty (the default) follows each person's Teams locale.</summary>
    public string? ForceLocale { get; set; }

    internal bool IsSet => !string.IsNullOrWhiteSpace(ForceLocale);

    internal static bool IsKnownCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is { Name.Length: > 0 };
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
