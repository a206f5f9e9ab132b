namespace TeamsBot.Sparring.Rosters;

/// <summary>
/// Marker for the on-call roster's texts: <c>Strings.resx</c> (Danish, the default) and <c>Strings.en.resx</c> beside
/// it. Its namespace is <c>Rosters</c>, not the folder's <c>Roster</c>: a namespace cannot share the name of the
/// <see cref="Sparring.Roster"/> record beside it (the resources are named after this class, not the folder).
/// </summary>
public sealed class Strings;
