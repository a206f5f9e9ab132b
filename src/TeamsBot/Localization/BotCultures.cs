using System.Globalization;

namespace TeamsBot.Localization;

/// <summary>Danish first, English second: an English locale gets English, everything else Danish.</summary>
public static class BotCultures
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static CultureInfo For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || !locale.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return Danish;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-GB");
        }
    }

    /// <summary>Runs code under a culture and restores the previous one after, for work outside a turn.</summary>
    public static IDisposable Use(CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return new Restore(previous);
    }

    /// <summary>What <paramref name="make"/> makes under <paramref name="culture"/> (a card, a text), the previous culture restored after.</summary>
    public static T In<T>(CultureInfo culture, Func<T> make)
    {
        using (Use(culture))
        {
            return make();
        }
    }

    private sealed class Restore((CultureInfo Culture, CultureInfo UiCulture) previous) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = previous.Culture;
            CultureInfo.CurrentUICulture = previous.UiCulture;
        }
    }
}
