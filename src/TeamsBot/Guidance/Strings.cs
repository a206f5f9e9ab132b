namespace TeamsBot.Guidance;

/// <summary>Marker for the guidance texts: <c>Strings.resx</c> (Danish, the default) and <c>Strings.en.resx</c>.</summary>
public sealed class Strings;
