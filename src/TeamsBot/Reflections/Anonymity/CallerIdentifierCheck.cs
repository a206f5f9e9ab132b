namespace TeamsBot.Reflections.Anonymity;

/// <summary>
/// What <see cref="CallerIdentifierGuard.Check"/> found. <see cref="Found"/>: each kind found, once, in a stable
/// order (CPR, phone, e-mail); <see cref="Masked"/>: the text with every identifier replaced, never containing one,
/// so it can be shown back to the counsellor without echoing the identifier.
/// </summary>
public sealed record CallerIdentifierCheck(IReadOnlyList<CallerIdentifierKind> Found, string Masked)
{
    public bool IsClean => Found.Count == 0;
}
