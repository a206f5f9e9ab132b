namespace TeamsBot.Guidance.Content;

/// <summary>Marker for this feature's texts: <c>Strings.resx</c> (Danish, the default) and <c>Strings.en.resx</c>.</summary>
public sealed class Strings;
