using System.Resources;

[assembly: NeutralResourcesLanguage("da")]

namespace TeamsBot.Localization;

/// <summary>Marker for the resource files: <c>Strings.resx</c> is Danish (the default), <c>Strings.en.resx</c> English.</summary>
public sealed class Strings;
