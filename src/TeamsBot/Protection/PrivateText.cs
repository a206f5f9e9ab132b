using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace TeamsBot.Protection;

/// <summary>
/// Encrypts what a counsellor writes privately before it is stored, and reads it back. The result of
/// <see cref="Protect"/> is safe to put in a table: without the key ring (and, in production, its certificate) it
/// cannot be read. Never log either side.
/// </summary>
public sealed class PrivateText(IDataProtectionProvider provider, ILogger<PrivateText> log)
{
    /// <summary>The Data Protection purpose; a new version of the format gets a new purpose, never a reuse.</summary>
    public const string Purpose = "TeamsBot.Reflections.PrivateText.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plain) => _protector.Protect(plain);

    /// <summary>The text, or null when it cannot be read (its key was lost or revoked, or the stored text was altered).</summary>
    public string? Unprotect(string stored)
    {
        try
        {
            return _protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            Log.Unreadable(log, Purpose);
            return null;
        }
    }
}
