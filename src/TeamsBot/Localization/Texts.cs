using System.Globalization;
using Microsoft.Extensions.Localization;

namespace TeamsBot.Localization;

/// <summary>
/// Texts in the current UI culture, formatted with the current culture. The shared texts come from
/// <c>Localization/Strings.resx</c>; each feature has its own <c>Strings.resx</c> (Danish) and <c>Strings.en.resx</c>,
/// read through <see cref="Texts{TStrings}"/>.
/// </summary>
public class Texts(IStringLocalizer localizer, string source)
{
    public Texts(IStringLocalizer<Strings> localizer)
        : this(localizer, "Localization/Strings.resx")
    {
    }

    public string this[string key] => Get(key);

    public string Get(string key, params object?[] args)
    {
        var text = localizer[key];
        if (text.ResourceNotFound)
        {
            throw new KeyNotFoundException($"The text '{key}' is missing from {source}.");
        }

        return args.Length == 0 ? text.Value : string.Format(CultureInfo.CurrentCulture, text.Value, args);
    }

    /// <summary>A time of day as people read it in the current culture.</summary>
    public static string Time(DateTimeOffset localTime) => localTime.ToString("t", CultureInfo.CurrentCulture);
}

/// <summary>One feature's texts; <typeparamref name="TStrings"/> is the marker class beside its resource files.</summary>
public sealed class Texts<TStrings>(IStringLocalizer<TStrings> localizer)
    : Texts(localizer, typeof(TStrings).Namespace!.Replace("TeamsBot.", string.Empty, StringComparison.Ordinal) + "/Strings.resx");
