namespace TeamsBot.Reflections.Mine;

/// <summary>
/// Marker for the texts of a counsellor's own reflections (<c>/mine</c>) and of how answers read: <c>Strings.resx</c>
/// (Danish, the default) and <c>Strings.en.resx</c>, beside the form's own texts so the two can change apart.
/// </summary>
public sealed class Strings;
