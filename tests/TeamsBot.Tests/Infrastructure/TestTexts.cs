using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsBot.Localization;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>The real resource-backed texts, as the host builds them.</summary>
public static class TestTexts
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    /// <summary>The shared texts (<c>Localization/Strings.resx</c>).</summary>
    public static Texts Create() => new(new StringLocalizer<Strings>(Factory));

    /// <summary>A feature's texts, e.g. <c>Create&lt;TeamsBot.Shifts.Strings&gt;()</c>.</summary>
    public static Texts<TStrings> Create<TStrings>() => new(new StringLocalizer<TStrings>(Factory));

    public static IDisposable Culture(string name) => BotCultures.Use(CultureInfo.GetCultureInfo(name));
}
