using TeamsBot.Protection;

namespace TeamsBot.Reflections;

/// <summary>
/// A reflection's private text, encrypted before it reaches a table and decrypted for the one who may read it (its
/// writer, or the coordinator when shared). The encryption is the app's <see cref="PrivateText"/> (Data Protection,
/// key ring kept apart from the tables), so someone holding only a table's rows cannot read the text.
/// </summary>
public sealed class PrivateTextProtection(PrivateText privateText)
{
    /// <summary>The text as stored; null for an empty text, so nothing at all is stored then.</summary>
    public string? Protect(string text) => string.IsNullOrEmpty(text) ? null : privateText.Protect(text);

    /// <summary>The reflection's private text in plain words; null when it has none, or it can no longer be read.</summary>
    public string? Reveal(Reflection reflection) =>
        reflection.ProtectedPrivateText is { } stored ? privateText.Unprotect(stored) : null;
}
