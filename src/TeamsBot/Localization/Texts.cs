using System.Globalization;
using Microsoft.Extensions.Localization;

namespace TeamsBot.Localization;

/// <summary>The bot's texts in the current UI culture, formatted with the current culture.</summary>
public sealed class Texts(IStringLocalizer<Strings> localizer)
{
    public string this[string key] => Get(key);

    public string Get(string key, params object?[] args)
    {
        var text = localizer[key];
        if (text.ResourceNotFound)
        {
            throw new KeyNotFoundException($"The text '{key}' is missing from Localization/Strings.resx.");
        }

        return args.Length == 0 ? text.Value : string.Format(CultureInfo.CurrentCulture, text.Value, args);
    }

    /// <summary>A time of day as people read it in the current culture.</summary>
    public static string Time(DateTimeOffset localTime) => localTime.ToString("t", CultureInfo.CurrentCulture);
}
