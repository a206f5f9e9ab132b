namespace TeamsBot.Sparring.WaysIn;

/// <summary>Marker for the texts of the sparring ways in: <c>Strings.resx</c> (Danish) and <c>Strings.en.resx</c>.</summary>
public sealed class Strings;
