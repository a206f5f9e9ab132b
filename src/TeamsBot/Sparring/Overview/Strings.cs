namespace TeamsBot.Sparring.Overview;

/// <summary>Marker for the texts of the sparring section of <c>/overblik</c>: <c>Strings.resx</c> (Danish) and <c>Strings.en.resx</c>.</summary>
public sealed class Strings;
