using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsBot.Localization;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>The real resource-backed texts, as the host builds them.</summary>
public static class TestTexts
{
    public static Texts Create() =>
        new(new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    public static IDisposable Culture(string name) => BotCultures.Use(CultureInfo.GetCultureInfo(name));
}
