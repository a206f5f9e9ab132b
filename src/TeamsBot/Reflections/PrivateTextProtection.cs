using Microsoft.AspNetCore.DataProtection;

namespace TeamsBot.Reflections;

/// <summary>
/// Encrypts the private text before it reaches a table, and decrypts it for the one who may read it (its writer,
/// or the coordinator when shared). ASP.NET Core Data Protection: its key ring is kept apart from the tables, so
/// someone holding only a table's rows cannot read the text.
/// </summary>
public sealed class PrivateTextProtection(IDataProtectionProvider provider)
{
    /// <summary>The purpose that isolates these ciphertexts from any other use of the key ring; a new format gets v2.</summary>
    public const string Purpose = "TeamsBot.Reflections.PrivateText.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>The text as stored; null for an empty text, so nothing at all is stored then.</summary>
    public string? Protect(string text) => string.IsNullOrEmpty(text) ? null : _protector.Protect(text);

    /// <summary>The reflection's private text in plain words, or null when it has none.</summary>
    public string? Reveal(Reflection reflection) =>
        reflection.ProtectedPrivateText is { } stored ? _protector.Unprotect(stored) : null;
}
